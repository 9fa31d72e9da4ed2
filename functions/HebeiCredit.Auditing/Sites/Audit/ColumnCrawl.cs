using HebeiCredit.Auditing.Sites.Columns;
using HebeiCredit.Auditing.Sites.Pages;

namespace HebeiCredit.Auditing.Sites.Audit;

/// <summary>What the crawler did for one catalog column.</summary>
/// <param name="Detection">The detector's answer for the column; a column not found has no pages.</param>
/// <param name="Pages">The list pages fetched: the column page first, then the pages followed through pagination.</param>
/// <param name="DetailPages">Entries opened from the list (the 信用修复 column's first articles), if any.</param>
public sealed record ColumnCrawl(ColumnDetection Detection, IReadOnlyList<PageSnapshot> Pages, IReadOnlyList<PageSnapshot>? DetailPages = null);
