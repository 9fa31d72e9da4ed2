using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Sites;
using HebeiCredit.Auditing.Sites.Audit;
using HebeiCredit.Auditing.Sites.Pages;
using HebeiCredit.Auditing.Sites.Rules;

namespace HebeiCredit.Auditing.Tests.Sites.Rules;

public sealed class HomeStaleRuleTests
{
    private static List<Finding> Run(string news) =>
        RuleRun.Findings(new HomeStaleRule(), FakeCrawl.Of(PortalPages.Home(news), HealthyPortal.Pages()));

    [Fact]
    public void Evaluate_HomeNewestEntryEightWeeksOld_Flags()
    {
        var finding = Assert.Single(Run(PortalPages.Item("邯郸市召开社会信用体系建设工作推进会", "/xydt/1.html", "[10-01]")));

        Assert.Equal(RuleIds.WebHomeStale, finding.RuleId);
        Assert.Equal("home", finding.Subject);
        Assert.Equal("首页超过14天未更新", finding.Summary);
        Assert.Equal("首页最新一条带日期的信息为“邯郸市召开社会信用体系建设工作推进会”（2026-10-01），距检查日2026-11-28已58天，超过14天的更新要求。", finding.Explanation);
        Assert.Equal("首页", Assert.Single(finding.Evidence).Description);
    }

    [Fact]
    public void Evaluate_HomeWithoutDates_FlagsAndSaysUndatedCountsAsNotUpdated()
    {
        var finding = Assert.Single(Run("<li><a href=\"/xydt/1.html\">邯郸市召开社会信用体系建设工作推进会</a></li>"));

        Assert.Equal("首页没有任何带发布日期的信息（无日期条目1条），无发布日期的信息视为未更新。", finding.Explanation);
    }

    [Fact]
    public void Evaluate_OnlyAFutureDatedEntryIsRecent_FlagsAndReportsIt()
    {
        var finding = Assert.Single(Run(
            PortalPages.Item("关于做好2027年信用信息归集工作的通知", "/tzgg/1.html", "2027-03-01")
            + PortalPages.Item("邯郸市召开社会信用体系建设工作推进会", "/xydt/1.html", "2026-10-01")));

        Assert.EndsWith("另有1条信息的日期晚于检查日，日期不可信，未作为更新日期：“关于做好2027年信用信息归集工作的通知”（2027-03-01）。", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_HomeUpdatedTwoDaysAgo_FindsNothing() => Assert.Empty(RuleRun.Healthy(new HomeStaleRule()));

    [Fact]
    public void Evaluate_HomeNotOpened_IsLeftToTheAvailabilityRules()
    {
        var url = FakeCrawl.Portal;
        var home = new PageSnapshot(url, new FetchOutcome(url, FakeCrawl.CrawledAt, TimeSpan.FromSeconds(15), FetchErrorKind.Timeout));
        var crawl = new SiteCrawlResult("1304", home, [], Auditing.Sites.Columns.ColumnCatalog.Default, FakeCrawl.CrawledAt);

        Assert.Empty(RuleRun.Findings(new HomeStaleRule(), crawl));
        Assert.Empty(RuleRun.Findings(new ColumnMissingRule(), crawl));
    }
}
