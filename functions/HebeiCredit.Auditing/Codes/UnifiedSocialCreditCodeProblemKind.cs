namespace HebeiCredit.Auditing.Codes;

/// <summary>The stable code of a problem found in a 统一社会信用代码; findings and notices cite it.</summary>
public enum UnifiedSocialCreditCodeProblemKind
{
    /// <summary>Nothing left after normalisation.</summary>
    Empty,

    /// <summary>Not 18 characters long.</summary>
    Length,

    /// <summary>A character outside "0123456789ABCDEFGHJKLMNPQRTUWXY".</summary>
    Character,

    /// <summary>Position 1 is not a registering authority (登记管理部门码) of GB 32100.</summary>
    Authority,

    /// <summary>Position 2 is not an entity type (机构类别码) of the registering authority.</summary>
    EntityType,

    /// <summary>Positions 3-8 are not an administrative division code (GB/T 2260) accepted here.</summary>
    Region,

    /// <summary>Position 17 is not the GB 11714 check digit of positions 9-16.</summary>
    OrganizationCodeCheck,

    /// <summary>Position 18 is not the GB 32100 check character of positions 1-17.</summary>
    CheckCharacter,
}
