using HebeiCredit.Auditing.Sites.Audit;
using HebeiCredit.Auditing.Sites.Columns;
using HebeiCredit.Auditing.Sites.Pages;
using HebeiCredit.Auditing.Sites.Policy;

namespace HebeiCredit.Auditing.Tests.Sites.Audit;

public sealed class CrawlPlanTests
{
    private static readonly Uri First = new("https://credit.hd.gov.cn/cxxc/index.html");

    private static ListPage Page(Uri url, Uri? next) => new(url, PageVerdict.Ok, null, null, [], next, string.Empty);

    [Fact]
    public void NextPage_BelowTheLimit_FollowsThePager() =>
        Assert.Equal(new Uri("https://credit.hd.gov.cn/cxxc/index_1.html"),
            CrawlPlan.NextPage(Page(First, new Uri("https://credit.hd.gov.cn/cxxc/index_1.html")), [First], WebsitePolicy.Default));

    [Fact]
    public void NextPage_AtTheLimitOrLoopingBack_Stops()
    {
        var second = new Uri("https://credit.hd.gov.cn/cxxc/index_1.html");
        var third = new Uri("https://credit.hd.gov.cn/cxxc/index_2.html");

        Assert.Null(CrawlPlan.NextPage(Page(third, new Uri("https://credit.hd.gov.cn/cxxc/index_3.html")), [First, second, third], WebsitePolicy.Default));
        Assert.Null(CrawlPlan.NextPage(Page(second, First), [First, second], WebsitePolicy.Default));
    }

    [Fact]
    public void DetailPagesToOpen_RepairColumn_OpensTheFirstEntriesOnly()
    {
        var page = ListPageReader.Read(HealthyPortal.Pages()["/xyxf/index.html"], new Uri("https://credit.hd.gov.cn/xyxf/index.html"), FakeCrawl.CrawlDate);

        Assert.Equal(
            [new Uri("https://credit.hd.gov.cn/xyxf/1.html"), new Uri("https://credit.hd.gov.cn/xyxf/2.html")],
            CrawlPlan.DetailPagesToOpen(ColumnCatalog.Default.Find("repair")!, page, 2));
        Assert.Empty(CrawlPlan.DetailPagesToOpen(ColumnCatalog.Default.Find("credit-news")!, page));
    }

    [Fact]
    public void ToKeep_RepairColumn_KeepsTheTextItsGuideIsJudgedOn()
    {
        var page = ListPageReader.Read(HealthyPortal.Pages()["/xyxf/index.html"], new Uri("https://credit.hd.gov.cn/xyxf/index.html"), FakeCrawl.CrawlDate);

        Assert.Same(page, CrawlPlan.ToKeep(ColumnCatalog.Default.Find("repair")!, page));
    }

    [Fact]
    public void ToKeep_OtherColumn_DropsOnlyTheText()
    {
        var page = ListPageReader.Read(HealthyPortal.Pages()["/xyxf/index.html"], new Uri("https://credit.hd.gov.cn/xyxf/index.html"), FakeCrawl.CrawlDate);

        var kept = CrawlPlan.ToKeep(ColumnCatalog.Default.Find("credit-news")!, page);

        Assert.NotEmpty(page.ContentText);
        Assert.Equal(page with { ContentText = string.Empty }, kept);
    }

    [Fact]
    public void ReadHome_RedirectedHome_ResolvesLinksAgainstTheFinalUrlAndKeepsItsReading()
    {
        var requested = new Uri("http://xy.baoding.gov.cn/");
        var final = new Uri("https://xy.baoding.gov.cn/portal/index.html");
        var home = new PageSnapshot(requested,
            new Auditing.Sites.FetchOutcome(requested, FakeCrawl.CrawledAt, TimeSpan.FromSeconds(1), Auditing.Sites.FetchErrorKind.None, 200, final),
            Html: PortalPages.Home([("xyxf/index.html", "信用修复")], string.Empty));

        var (columns, reading) = CrawlPlan.ReadHome(home, ColumnCatalog.Default, DateOnly.FromDateTime(FakeCrawl.CrawledAt.DateTime));

        Assert.Equal(new Uri("https://xy.baoding.gov.cn/portal/xyxf/index.html"), columns.Single(d => d.Column.Id == "repair").Link!.Url);
        Assert.Equal(final, reading.Url);
    }
}
