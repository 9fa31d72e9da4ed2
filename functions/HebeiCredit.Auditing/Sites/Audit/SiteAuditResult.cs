using HebeiCredit.Auditing.Findings;

namespace HebeiCredit.Auditing.Sites.Audit;

/// <summary>The findings of one site's audit, and the site-level facts they add up to.</summary>
public sealed record SiteAuditResult(IReadOnlyList<Finding> Findings, SiteColumnTally Columns);
