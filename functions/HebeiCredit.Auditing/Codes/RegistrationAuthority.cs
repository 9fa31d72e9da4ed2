namespace HebeiCredit.Auditing.Codes;

/// <summary>A registering authority (登记管理部门, position 1) and the entity types (机构类别, position 2) it assigns.</summary>
internal sealed record RegistrationAuthority(char Code, string Name, IReadOnlyDictionary<char, string> EntityTypes);
