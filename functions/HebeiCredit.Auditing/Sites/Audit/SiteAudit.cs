using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Sites.Availability;
using HebeiCredit.Auditing.Sites.Freshness;
using HebeiCredit.Auditing.Sites.Pages;
using HebeiCredit.Auditing.Sites.Policy;
using HebeiCredit.Auditing.Sites.Rules;
using HebeiCredit.Auditing.Time;

namespace HebeiCredit.Auditing.Sites.Audit;

/// <summary>The website checks of one site: reads what the crawler saw and applies every WEB-* rule.</summary>
public static class SiteAudit
{
    private static readonly IWebsiteRule[] Rules =
    [
        new UnreachableRule(),
        new SlowRule(),
        new HomeStaleRule(),
        new ColumnMissingRule(),
        new ColumnBrokenRule(),
        new ColumnBlankRule(),
        new ColumnStaleRule(),
        new RepairGuideMissingRule(),
    ];

    /// <param name="availability">The probe window (<see cref="AvailabilityCalculator.Compute"/>); null skips WEB-UNREACHABLE and WEB-SLOW.</param>
    /// <param name="now">The time of the audit, stamped on every finding.</param>
    public static SiteAuditResult Evaluate(SiteCrawlResult crawl, AvailabilityStats? availability, WebsitePolicy policy, DateTimeOffset now)
    {
        var context = Read(crawl, availability, policy, now);
        var findings = Rules.SelectMany(rule => rule.Evaluate(context)).ToList();
        return new SiteAuditResult(findings, Tally(findings, policy));
    }

    internal static WebsiteAuditContext Read(SiteCrawlResult crawl, AvailabilityStats? availability, WebsitePolicy policy, DateTimeOffset now)
    {
        var crawlDate = ChinaTime.DateOf(crawl.CrawledAt);
        var catalog = crawl.Catalog;
        PageAssessment Assess(PageSnapshot snapshot) =>
            new(snapshot, snapshot.Reading ?? ListPageReader.Read(snapshot, crawlDate, catalog.ListItemXPath, catalog.NavigationXPath));

        PageAssessment? home = null;
        FreshnessFacts? homeFreshness = null;
        // The home page is read for its dated entries only; the column list reader's XPath is for column pages.
        ListPage? HomeReading() => crawl.Home.Reading
            ?? (crawl.Home.Html is { } html ? ListPageReader.Read(html, crawl.Home.Fetch.FinalUrl ?? crawl.Home.Url, crawlDate, null, catalog.NavigationXPath) : null);

        if (crawl.Home.Fetch.Succeeded && HomeReading() is { } page)
        {
            home = new PageAssessment(crawl.Home, page);
            homeFreshness = FreshnessReader.Of(page.Items, crawlDate, policy.FutureToleranceDays);
        }

        var columns = crawl.Columns.Select(c =>
        {
            var pages = c.Pages.Select(Assess).ToList();
            var items = pages.Where(p => p.Page.Verdict == PageVerdict.Ok).SelectMany(p => p.Page.Items);
            return new ColumnAssessment(
                c.Detection,
                pages,
                (c.DetailPages ?? []).Select(Assess).ToList(),
                FreshnessReader.Of(items, crawlDate, policy.FutureToleranceDays));
        }).ToList();

        return new WebsiteAuditContext(crawl, home, homeFreshness, columns, availability, policy, now);
    }

    private static SiteColumnTally Tally(List<Finding> findings, WebsitePolicy policy)
    {
        var stale = findings.Count(f => f.RuleId == RuleIds.WebColumnStale);
        var blank = findings.Count(f => f.RuleId == RuleIds.WebColumnBlank);
        var fails = stale >= policy.StaleColumnsFailSite || blank >= policy.BlankColumnsFailSite;
        var summary = $"不更新栏目{stale}个、空白栏目{blank}个，{(fails ? "达到" : "未达到")}单项否决标准"
            + $"（不更新栏目{policy.StaleColumnsFailSite}个及以上或空白栏目{policy.BlankColumnsFailSite}个及以上）";
        return new SiteColumnTally(stale, blank, fails, summary);
    }
}
