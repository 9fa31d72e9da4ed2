using HebeiCredit.Auditing.Sites;
using HebeiCredit.Auditing.Sites.Audit;
using HebeiCredit.Auditing.Sites.Columns;
using HebeiCredit.Auditing.Sites.Pages;
using HebeiCredit.Auditing.Sites.Policy;
using HebeiCredit.Auditing.Time;
using HebeiCredit.Infrastructure.Crawling;
using HebeiCredit.Infrastructure.Storage;

namespace HebeiCredit.Infrastructure.Sites;

/// <summary>
/// Walks one portal the way an evaluator would: the home page, each key column found in its navigation, the
/// column's list pages up to the policy's limit, and the 信用修复 articles. Every page goes into the crawl's evidence pack.
/// Columns are walked concurrently; the host gate keeps the site's share to its per-host limit; each page is packed
/// and read in one trip to the <see cref="PageReaders"/>, so the request it leads to waits for one turn there, not two.
/// </summary>
internal sealed class PortalWalker(SiteSession session, SiteEvidence evidence, PageReaders readers, WebsitePolicy policy, ColumnCatalog catalog, DateTimeOffset crawledAt)
{
    private readonly DateOnly crawlDate = ChinaTime.DateOf(crawledAt);

    /// <summary>Fetches the home page and reads it once: its key columns, and its own reading for the audit.</summary>
    public async Task<(PageSnapshot Home, IReadOnlyList<ColumnDetection> Columns)> HomeAsync(CancellationToken cancellationToken)
    {
        var (home, read) = await SnapshotAsync(session.Site.Portal!, page => CrawlPlan.ReadHome(page, catalog, crawlDate), cancellationToken);
        return read is null ? (home, []) : (home with { Reading = read.Reading, Html = null }, read.Columns);
    }

    /// <summary>Walks the columns <see cref="HomeAsync"/> found, concurrently.</summary>
    public async Task<SiteCrawlResult> ColumnsAsync(PageSnapshot home, IReadOnlyList<ColumnDetection> detections, CancellationToken cancellationToken)
    {
        var columns = await Task.WhenAll(detections.Select(d => WalkColumnAsync(d, cancellationToken)));
        return new SiteCrawlResult(session.Site.Unit, home, columns, catalog, crawledAt);
    }

    private async Task<ColumnCrawl> WalkColumnAsync(ColumnDetection detection, CancellationToken cancellationToken)
    {
        if (detection.Link?.Url is not { } url)
        {
            return new ColumnCrawl(detection, []);
        }

        var pages = new List<PageSnapshot>();
        var fetched = new List<Uri>();
        Task<PageSnapshot[]>? details = null;
        try
        {
            for (Uri? next = url; next is not null && !session.BudgetExhausted;)
            {
                var (page, list) = await SnapshotAsync(next, fetchedPage => ListPageReader.Read(fetchedPage, crawlDate, catalog.ListItemXPath, catalog.NavigationXPath), cancellationToken);
                fetched.Add(next);
                if (list is null)
                {
                    pages.Add(page);
                    break;
                }

                pages.Add(page with { Reading = CrawlPlan.ToKeep(detection.Column, list), Html = null });
                // The articles depend on the first page only: fetched while the pager is followed, not after it, so
                // the column's longest chain of requests is its pages or its articles, not both end to end.
                details ??= Task.WhenAll(CrawlPlan.DetailPagesToOpen(detection.Column, list).Select(article => SnapshotAsync(article, cancellationToken)));
                next = CrawlPlan.NextPage(list, fetched, policy);
            }
        }
        catch when (details is not null)
        {
            // The articles in flight reach the evidence pack before the failure reaches the crawler, which stores it.
            await Task.WhenAny(details);
            throw;
        }

        return details is null ? new ColumnCrawl(detection, pages) : new ColumnCrawl(detection, pages, await details);
    }

    private async Task<PageSnapshot> SnapshotAsync(Uri url, CancellationToken cancellationToken) =>
        (await SnapshotAsync<object>(url, _ => null, cancellationToken)).Page;

    /// <summary>Fetches a page, packs it and, when it was fetched as HTML, reads it with <paramref name="read"/>; the reading is null otherwise.</summary>
    private async Task<(PageSnapshot Page, T? Reading)> SnapshotAsync<T>(Uri url, Func<PageSnapshot, T?> read, CancellationToken cancellationToken)
        where T : class
    {
        var (outcome, body) = await session.FetchAsync(url, cancellationToken);
        if (body.IsEmpty)
        {
            return (new PageSnapshot(url, outcome), null);
        }

        return await readers.ReadAsync(() =>
        {
            var page = new PageSnapshot(outcome.FinalUrl ?? url, outcome, evidence.BlobName, evidence.Add(outcome, body), body.Text);
            return (page, outcome.Succeeded && page.Html is not null ? read(page) : null);
        });
    }
}
