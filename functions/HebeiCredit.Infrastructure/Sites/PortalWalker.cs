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
/// Columns are walked concurrently; the host gate keeps the site's share to its per-host limit; pages are packed and
/// read on the <see cref="PageReaders"/>.
/// </summary>
internal sealed class PortalWalker(SiteSession session, SiteEvidence evidence, PageReaders readers, WebsitePolicy policy, ColumnCatalog catalog, DateTimeOffset crawledAt)
{
    private readonly DateOnly crawlDate = ChinaTime.DateOf(crawledAt);

    /// <summary>Fetches the home page and reads it once: its key columns, and its own reading for the audit.</summary>
    public async Task<(PageSnapshot Home, IReadOnlyList<ColumnDetection> Columns)> HomeAsync(CancellationToken cancellationToken)
    {
        var home = await SnapshotAsync(session.Site.Portal!, cancellationToken);
        if (!home.Fetch.Succeeded || home.Html is null)
        {
            return (home, []);
        }

        var (detections, reading) = await readers.ReadAsync(() => CrawlPlan.ReadHome(home, catalog, crawlDate));
        return (home with { Reading = reading, Html = null }, detections);
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
                var page = await SnapshotAsync(next, cancellationToken);
                fetched.Add(next);
                if (!page.Fetch.Succeeded || page.Html is null)
                {
                    pages.Add(page);
                    break;
                }

                var list = await readers.ReadAsync(() => ListPageReader.Read(page, crawlDate, catalog.ListItemXPath, catalog.NavigationXPath));
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

    private async Task<PageSnapshot> SnapshotAsync(Uri url, CancellationToken cancellationToken)
    {
        var (outcome, body) = await session.FetchAsync(url, cancellationToken);
        if (body.IsEmpty)
        {
            return new PageSnapshot(url, outcome);
        }

        var sha256 = await readers.ReadAsync(() => evidence.Add(outcome, body));
        return new PageSnapshot(outcome.FinalUrl ?? url, outcome, evidence.BlobName, sha256, body.Text);
    }
}
