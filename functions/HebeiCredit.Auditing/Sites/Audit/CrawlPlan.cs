using HebeiCredit.Auditing.Sites.Columns;
using HebeiCredit.Auditing.Sites.Pages;
using HebeiCredit.Auditing.Sites.Policy;

namespace HebeiCredit.Auditing.Sites.Audit;

/// <summary>
/// The crawler's decisions that are domain, not I/O: which list pages to follow and which articles to open. The
/// crawler: fetch the home page; <see cref="ColumnDetector.Detect(string, Uri, ColumnCatalog)"/>; for each found
/// link fetch the page, read it with <see cref="ListPageReader"/>, follow <see cref="NextPage"/> while it says so;
/// fetch <see cref="DetailPagesToOpen"/> of the first page; hand it all to <see cref="SiteAudit.Evaluate"/>.
/// </summary>
public static class CrawlPlan
{
    /// <summary>
    /// The home page, parsed once: the key columns its links name, for the crawler to follow, and its own reading
    /// (its dated entries, for WEB-HOME-STALE), which the audit takes from <see cref="PageSnapshot.Reading"/>.
    /// </summary>
    public static HomeReading ReadHome(PageSnapshot home, ColumnCatalog catalog, DateOnly crawlDate)
    {
        var url = home.Fetch.FinalUrl ?? home.Url;
        var document = PageHtml.Load(home.Html ?? string.Empty);
        // The home page is read for its dated entries only; the column list reader's XPath is for column pages.
        return new HomeReading(ColumnDetector.Detect(document, url, catalog), ListPageReader.Read(document, url, crawlDate, null, catalog.NavigationXPath));
    }

    /// <summary>The page to fetch after <paramref name="page"/>, or null: stop at the policy's page limit, at a broken or blank page, or at a loop.</summary>
    public static Uri? NextPage(ListPage page, IReadOnlyCollection<Uri> fetched, WebsitePolicy policy) =>
        page.Verdict == PageVerdict.Ok && page.NextPage is { } next && fetched.Count < policy.MaxPagesPerColumn && !fetched.Contains(next)
            ? next
            : null;

    /// <summary>
    /// What the audit keeps of a column's list page: all of it for 信用修复, whose text WEB-REPAIR-GUIDE-MISSING
    /// reads, and everything but the text elsewhere: a crawl of every site at once would otherwise hold every page's
    /// text until its site's audit, and the garbage collector copy it from one generation to the next.
    /// </summary>
    public static ListPage ToKeep(KeyColumn column, ListPage page) =>
        column.Id == ColumnCatalog.RepairId ? page : page with { ContentText = string.Empty };

    /// <summary>
    /// The articles to open from a column's first page: for 信用修复 only, whose guide (process, materials, how to
    /// apply) often sits in an article rather than on the list; the first <paramref name="limit"/> entries.
    /// </summary>
    public static IReadOnlyList<Uri> DetailPagesToOpen(KeyColumn column, ListPage firstPage, int limit = 3) =>
        column.Id != ColumnCatalog.RepairId || firstPage.Verdict != PageVerdict.Ok
            ? []
            : firstPage.Items.Select(i => i.Url).OfType<Uri>().Where(u => u != firstPage.Url).Distinct().Take(limit).ToList();
}
