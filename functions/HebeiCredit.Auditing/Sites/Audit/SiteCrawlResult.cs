using HebeiCredit.Auditing.Sites.Columns;
using HebeiCredit.Auditing.Sites.Pages;

namespace HebeiCredit.Auditing.Sites.Audit;

/// <summary>
/// Everything one crawl of one portal saw, for <see cref="SiteAudit.Evaluate"/>: the home page, and one
/// <see cref="ColumnCrawl"/> for every detection <see cref="ColumnDetector.Detect(string, Uri, ColumnCatalog)"/> returned.
/// </summary>
/// <param name="Catalog">The site's catalog (<see cref="ColumnCatalog.ForSite"/>): its XPath overrides read the pages.</param>
/// <param name="CrawledAt">When the crawl ran; its China date is the reference for dates and freshness.</param>
public sealed record SiteCrawlResult(
    string Unit,
    PageSnapshot Home,
    IReadOnlyList<ColumnCrawl> Columns,
    ColumnCatalog Catalog,
    DateTimeOffset CrawledAt);
