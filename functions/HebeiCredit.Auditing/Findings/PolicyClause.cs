namespace HebeiCredit.Auditing.Findings;

/// <summary>The rule's source: a document (by its number) and the clause applied, so a city can check it.</summary>
/// <param name="Document">e.g. 国办秘函〔2019〕19号《政府网站与政务新媒体检查指标》</param>
/// <param name="Clause">e.g. 单项否决指标 站点无法访问</param>
/// <param name="Version">The policy version applied, where the rule is versioned by date.</param>
public sealed record PolicyClause(string Document, string Clause, string? Version = null);
