using HebeiCredit.Auditing.Sites.Columns;
using HebeiCredit.Auditing.Sites.Freshness;
using HebeiCredit.Auditing.Sites.Pages;

namespace HebeiCredit.Auditing.Sites.Audit;

/// <summary>
/// One column read once for all rules. Its verdict is the first page's: a column whose own page is broken or blank
/// is that, whatever later pages hold. Null when the column was not found or not fetched.
/// </summary>
internal sealed record ColumnAssessment(
    ColumnDetection Detection,
    IReadOnlyList<PageAssessment> Pages,
    IReadOnlyList<PageAssessment> DetailPages,
    FreshnessFacts Freshness)
{
    public KeyColumn Column => Detection.Column;

    public PageVerdict? Verdict => Pages.Count > 0 ? Pages[0].Page.Verdict : null;
}
