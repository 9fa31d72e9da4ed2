using HebeiCredit.Auditing.Sites;
using HebeiCredit.Auditing.Sites.Pages;

namespace HebeiCredit.Auditing.Tests.Sites.Pages;

public sealed class ListPageReaderTests
{
    private static readonly Uri ColumnUrl = new("https://credit.hd.gov.cn/xydt/index.html");

    private static ListPage Read(string html, Uri? url = null, DateOnly? crawlDate = null) =>
        ListPageReader.Read(html, url ?? ColumnUrl, crawlDate ?? FakeCrawl.CrawlDate);

    [Fact]
    public void Read_ListWithShortDates_ReadsTitlesUrlsAndDatesInTheCrawlYear()
    {
        var page = Read(PortalPages.ListPage("信用动态",
            PortalPages.Item("邯郸市召开社会信用体系建设工作推进会", "./202611/t20261120_1.html", "[11-20]") + "\n"
            + PortalPages.Item("市发改委开展诚信宣传进企业活动", "./202610/t20261009_2.html", "[10-09]")));

        Assert.Equal(PageVerdict.Ok, page.Verdict);
        Assert.Equal(2, page.Items.Count);
        Assert.Equal(new ListItem("邯郸市召开社会信用体系建设工作推进会", new Uri("https://credit.hd.gov.cn/xydt/202611/t20261120_1.html"), new DateOnly(2026, 11, 20), "[11-20]"), page.Items[0]);
        Assert.Equal(new DateOnly(2026, 10, 9), page.Items[1].Date);
    }

    [Theory]
    [InlineData("<li><a href=\"a.html\">关于开展信用承诺专项检查的通知</a> 2021-06-15</li>")]
    [InlineData("<li><a href=\"a.html\">关于开展信用承诺专项检查的通知</a><span>2021年6月15日</span></li>")]
    [InlineData("<li><a href=\"a.html\">关于开展信用承诺专项检查的通知</a><em>发布时间：2021-06-15</em></li>")]
    [InlineData("<li><a href=\"a.html\">关于开展信用承诺专项检查的通知</a><i>发布日期:2021/06/15</i></li>")]
    [InlineData("<li><span class=\"date\">[06-15]</span><a href=\"a.html\">关于开展信用承诺专项检查的通知</a></li>")]
    [InlineData("<tr><td><a href=\"a.html\">关于开展信用承诺专项检查的通知</a></td><td>2021-06-15</td></tr>")]
    public void Read_DateFormsOfRealPortals_AreRead(string entry)
    {
        var html = entry.StartsWith("<tr>", StringComparison.Ordinal) ? $"<table>{entry}</table>" : $"<ul>{entry}</ul>";

        var page = Read($"<html><body><div class=\"list\">{html}</div></body></html>", crawlDate: new DateOnly(2021, 7, 1));

        Assert.Equal(new DateOnly(2021, 6, 15), Assert.Single(page.Items).Date);
    }

    [Fact]
    public void Read_DateInsideTheTitle_IsNotTakenForThePublicationDate()
    {
        var page = Read("<ul><li><a href=\"a.html\">关于2021-06-15起施行信用修复新规的说明</a></li></ul>");

        Assert.Null(Assert.Single(page.Items).Date);
    }

    [Fact]
    public void Read_LinksInOneDivWithDatesAfterEach_AreSeparateEntries()
    {
        var page = Read("""
            <div class="lb"><a href="1.html">邯郸市信用修复工作指引发布</a><span>2026-11-02</span><br>
            <a href="2.html">信用修复申请材料清单公布</a><span>2026-10-15</span></div>
            """);

        Assert.Equal([new DateOnly(2026, 11, 2), new DateOnly(2026, 10, 15)], page.Items.Select(i => i.Date!.Value));
    }

    [Fact]
    public void Read_ArticlePage_IsOneEntryDatedByItsLabel()
    {
        var page = Read(PortalPages.Article("邯郸市信用修复办事指南", "一、办理流程……"));

        var entry = Assert.Single(page.Items);
        Assert.Equal(new DateOnly(2026, 10, 9), entry.Date);
        Assert.Equal(PageVerdict.Ok, page.Verdict);
    }

    [Theory]
    [InlineData("<title>404 Not Found</title>", "<h1>Not Found</h1>", "404 Not Found")]
    [InlineData("<title>信用中国（河北邯郸）</title>", "<div class=\"err\">抱歉，您访问的页面不存在！</div>", "您访问的页面不存在")]
    [InlineData("<title>提示信息</title>", "<p>该页面已被删除或已过期</p>", "页面已被删除")]
    [InlineData("<title>错误</title>", "<p>404</p><p>返回首页</p>", "404")]
    public void Read_SoftNotFoundPage_IsBroken(string head, string body, string marker)
    {
        var page = Read($"<html><head>{head}</head><body>{PortalPages.Navigation(PortalPages.FullNavigation)}{body}{PortalPages.Footer}</body></html>");

        Assert.Equal(PageVerdict.Broken, page.Verdict);
        Assert.Equal($"返回正常状态但页面显示“{marker}”（软404）", page.Reason);
    }

    [Fact]
    public void Read_ListMentioningAPhoneNumberWith404_IsNotBroken()
    {
        var page = Read(PortalPages.ListPage("异议申诉",
            PortalPages.Item("信用信息异议申诉电话：0310-4040404", "a.html", "2026-11-01")));

        Assert.Equal(PageVerdict.Ok, page.Verdict);
    }

    [Theory]
    [InlineData("<li class=\"empty\">暂无信息</li>", "没有任何信息条目，显示“暂无信息”")]
    [InlineData("<div>栏目建设中，敬请期待</div>", "没有任何信息条目，显示“栏目建设中”")]
    [InlineData("", "没有任何信息条目和正文内容")]
    public void Read_EmptyColumnPage_IsBlank(string items, string reason)
    {
        var page = Read(PortalPages.ListPage("信用承诺", items));

        Assert.Equal(PageVerdict.Blank, page.Verdict);
        Assert.Equal(reason, page.Reason);
    }

    [Fact]
    public void Read_ErrorStatus_IsBrokenWithTheStatus()
    {
        var snapshot = new PageSnapshot(ColumnUrl, new FetchOutcome(ColumnUrl, FakeCrawl.CrawledAt, TimeSpan.FromSeconds(1), FetchErrorKind.HttpStatus, 404));

        var page = ListPageReader.Read(snapshot, FakeCrawl.CrawlDate);

        Assert.Equal(PageVerdict.Broken, page.Verdict);
        Assert.Equal("返回状态码404", page.Reason);
    }

    [Fact]
    public void Read_Timeout_IsBrokenWithTheCause()
    {
        var snapshot = new PageSnapshot(ColumnUrl, new FetchOutcome(ColumnUrl, FakeCrawl.CrawledAt, TimeSpan.FromSeconds(15), FetchErrorKind.Timeout));

        Assert.Equal("超时未打开", ListPageReader.Read(snapshot, FakeCrawl.CrawlDate).Reason);
    }

    [Theory]
    [InlineData("<div class=\"page\"><a href=\"index.html\">首页</a><a href=\"index_1.html\">下一页</a></div>", "https://credit.hd.gov.cn/xydt/index_1.html")]
    [InlineData("<div class=\"page\"><a href=\"index_1.html\">＞</a></div>", "https://credit.hd.gov.cn/xydt/index_1.html")]
    [InlineData("<script>createPageHTML(5, 0, \"index\", \"html\");</script>", "https://credit.hd.gov.cn/xydt/index_1.html")]
    [InlineData("<div class=\"page\"><span>1</span><a href=\"index_1.html\">2</a><a href=\"index_2.html\">3</a></div>", "https://credit.hd.gov.cn/xydt/index_1.html")]
    public void Read_Pager_ExposesTheNextPage(string pager, string next)
    {
        var page = Read(PortalPages.ListPage("信用动态", PortalPages.Item("邯郸市召开社会信用体系建设工作推进会", "a.html", "[11-20]"), pager));

        Assert.Equal(new Uri(next), page.NextPage);
    }

    [Fact]
    public void Read_TrsScriptOnLastPage_HasNoNextPage()
    {
        var page = Read(
            PortalPages.ListPage("信用动态", PortalPages.Item("邯郸市召开社会信用体系建设工作推进会", "a.html", "[11-20]"), "<script>createPageHTML(3, 2, \"index\", \"html\");</script>"),
            new Uri("https://credit.hd.gov.cn/xydt/index_2.html"));

        Assert.Null(page.NextPage);
    }

    [Fact]
    public void Read_PageQueryPager_FollowsToPageThree()
    {
        var page = Read(
            PortalPages.ListPage("信用动态", PortalPages.Item("邯郸市召开社会信用体系建设工作推进会", "a.html", "[11-20]"),
                "<div class=\"page\"><a href=\"list.jsp?page=1\">1</a><b>2</b><a href=\"list.jsp?page=3\">3</a></div>"),
            new Uri("https://credit.hd.gov.cn/xydt/list.jsp?page=2"));

        Assert.Equal(new Uri("https://credit.hd.gov.cn/xydt/list.jsp?page=3"), page.NextPage);
    }

    [Fact]
    public void Read_ListItemXPathOverride_ReadsOnlyThoseEntries()
    {
        var html = """
            <html><body><table class="grid">
              <tr><td>序号</td><td>标题</td><td>日期</td></tr>
              <tr class="row"><td>1</td><td><a href="x1.html">失信被执行人名单公布</a></td><td>2026-11-03</td></tr>
            </table><ul><li><a href="other.html">无关的一条很长的链接文字标题</a></li></ul></body></html>
            """;

        var page = ListPageReader.Read(html, ColumnUrl, FakeCrawl.CrawlDate, "//tr[@class='row']");

        Assert.Equal("失信被执行人名单公布", Assert.Single(page.Items).Title);
    }

    [Fact]
    public void Read_HeadlinesInABoxNamedTop_AreEntriesButMenusAreNot()
    {
        var page = Read("""
            <html><body><div id="nav"><a href="/a/">信用动态</a><a href="/b/">关于本站的一条很长的导航链接</a></div>
            <div class="index-top"><ul><li><a href="/xydt/1.html">邯郸市召开社会信用体系建设工作推进会</a><span>11-26</span></li></ul></div>
            </body></html>
            """);

        Assert.Equal("邯郸市召开社会信用体系建设工作推进会", Assert.Single(page.Items).Title);
    }
}
