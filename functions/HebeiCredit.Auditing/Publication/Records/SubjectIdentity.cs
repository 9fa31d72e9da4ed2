namespace HebeiCredit.Auditing.Publication.Records;

/// <summary>Who the decision concerns, as one row states it.</summary>
internal sealed record SubjectIdentity(SubjectCategory Category, string? CreditCode, string? IdType, string? IdNumber);
