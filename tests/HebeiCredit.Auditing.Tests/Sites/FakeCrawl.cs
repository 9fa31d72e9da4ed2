using System.Security.Cryptography;
using System.Text;
using HebeiCredit.Auditing.Sites;
using HebeiCredit.Auditing.Sites.Audit;
using HebeiCredit.Auditing.Sites.Columns;
using HebeiCredit.Auditing.Sites.Pages;
using HebeiCredit.Auditing.Sites.Policy;
using HebeiCredit.Auditing.Time;

namespace HebeiCredit.Auditing.Tests.Sites;

/// <summary>Does in memory what the crawler does over HTTP: detect the columns, open each, follow its pages.</summary>
internal static class FakeCrawl
{
    public static readonly DateTimeOffset CrawledAt = new(2026, 11, 28, 10, 0, 0, ChinaTime.Offset);

    public static readonly DateOnly CrawlDate = new(2026, 11, 28);

    public static readonly Uri Portal = new("https://credit.hd.gov.cn/");

    public static SiteCrawlResult Of(string homeHtml, IReadOnlyDictionary<string, string> pages, ColumnCatalog? catalog = null)
    {
        catalog ??= ColumnCatalog.Default;
        var columns = ColumnDetector.Detect(homeHtml, Portal, catalog)
            .Select(d => new ColumnCrawl(d, d.Link?.Url is { } url ? Follow(url, pages, catalog) : []))
            .ToList();
        return new SiteCrawlResult("1304", Page(Portal, homeHtml), columns, catalog, CrawledAt);
    }

    public static PageSnapshot Fetch(Uri url, IReadOnlyDictionary<string, string> pages) =>
        pages.TryGetValue(url.AbsolutePath, out var html)
            ? Page(url, html)
            : new PageSnapshot(url, new FetchOutcome(url, CrawledAt, TimeSpan.FromMilliseconds(80), FetchErrorKind.HttpStatus, 404));

    public static PageSnapshot Page(Uri url, string html)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(html)));
        return new PageSnapshot(
            url,
            new FetchOutcome(url, CrawledAt, TimeSpan.FromMilliseconds(120), FetchErrorKind.None, 200, url, html.Length, "text/html"),
            $"evidence/2026-11-28/1304/{sha}.html.gz",
            sha,
            html);
    }

    private static List<PageSnapshot> Follow(Uri url, IReadOnlyDictionary<string, string> pages, ColumnCatalog catalog)
    {
        var snapshots = new List<PageSnapshot>();
        for (Uri? next = url; next is not null;)
        {
            var snapshot = Fetch(next, pages);
            snapshots.Add(snapshot);
            var page = ListPageReader.Read(snapshot, CrawlDate, catalog.ListItemXPath, catalog.NavigationXPath);
            next = CrawlPlan.NextPage(page, snapshots.Select(s => s.Url).ToList(), WebsitePolicy.Default);
        }

        return snapshots;
    }
}
