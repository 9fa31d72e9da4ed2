using HebeiCredit.Auditing.Sites.Columns;

namespace HebeiCredit.Auditing.Tests.Sites.Columns;

public sealed class ColumnDetectorTests
{
    private static ColumnDetection Find(IReadOnlyList<ColumnDetection> detections, string id) => detections.Single(d => d.Column.Id == id);

    [Fact]
    public void Detect_FullNavigation_FindsEveryKeyColumnWithItsResolvedLink()
    {
        var detections = ColumnDetector.Detect(PortalPages.Home(string.Empty), FakeCrawl.Portal, ColumnCatalog.Default);

        Assert.All(detections, d => Assert.True(d.Found, d.Column.Id));
        var repair = Find(detections, "repair").Link!;
        Assert.Equal(new Uri("https://credit.hd.gov.cn/xyxf/index.html"), repair.Url);
        Assert.Equal("信用修复", repair.Text);
        Assert.True(repair.InNavigation);
    }

    [Fact]
    public void Detect_SynonymOnly_XinYongGongShiCountsAsDoublePublicity()
    {
        var detections = ColumnDetector.Detect(PortalPages.Home(string.Empty), FakeCrawl.Portal, ColumnCatalog.Default);

        var link = Find(detections, "double-publicity").Link!;
        Assert.Equal("信用公示", link.MatchedSynonym);
        Assert.Equal(new Uri("https://credit.hd.gov.cn/xygs/index.html"), link.Url);
    }

    [Fact]
    public void Detect_RepairOnlyInAHeadlineOrALongerBodyLink_IsMissing()
    {
        var navigation = PortalPages.FullNavigation.Where(l => l.Text != "信用修复");
        var news = PortalPages.Item("我市发布2026年第三季度信用修复案例", "/xydt/202611/t20261118_2.html", "[11-18]")
            + "\n<li><a href=\"/zt/xfal/\">信用修复案例</a></li>";
        var html = PortalPages.Home(navigation, news);

        var detections = ColumnDetector.Detect(html, FakeCrawl.Portal, ColumnCatalog.Default);

        Assert.False(Find(detections, "repair").Found);
    }

    [Fact]
    public void Detect_ShortBodyLinkWithExactName_IsFoundOutsideNavigation()
    {
        var navigation = PortalPages.FullNavigation.Where(l => l.Text != "信易贷");
        var html = PortalPages.Home(navigation, "<li><a href=\"http://xyd.hd.gov.cn/\"><img src=\"/images/xyd.png\" alt=\"信易贷\"></a></li>");

        var link = Find(ColumnDetector.Detect(html, FakeCrawl.Portal, ColumnCatalog.Default), "credit-loans").Link!;

        Assert.False(link.InNavigation);
        Assert.Equal(new Uri("http://xyd.hd.gov.cn/"), link.Url);
    }

    [Fact]
    public void Detect_FullWidthSpacedNavigationText_IsNormalised()
    {
        var html = PortalPages.Home([("/cxxc/", "诚　信　宣　传"), ("/xycx/", "信用查询＞")], string.Empty);

        var detections = ColumnDetector.Detect(html, FakeCrawl.Portal, ColumnCatalog.Default);

        Assert.Equal("诚信宣传", Find(detections, "integrity-promotion").Link!.MatchedSynonym);
        Assert.Equal(new Uri("https://credit.hd.gov.cn/xycx/"), Find(detections, "credit-query").Link!.Url);
    }

    [Fact]
    public void Detect_DropdownParentWithoutHref_PrefersTheChildWithARealLink()
    {
        var html = """
            <html><body><ul id="menu">
              <li><a href="javascript:void(0)">信用公示</a>
                <ul><li><a href="/sgs/xzxk/">行政许可</a></li><li><a href="/sgs/xzcf/">行政处罚</a></li></ul></li>
            </ul></body></html>
            """;

        var link = Find(ColumnDetector.Detect(html, FakeCrawl.Portal, ColumnCatalog.Default), "double-publicity").Link!;

        Assert.Equal(new Uri("https://credit.hd.gov.cn/sgs/xzxk/"), link.Url);
        Assert.Equal("行政许可", link.Text);
    }

    [Fact]
    public void Detect_OnlyAJavascriptLink_IsFoundWithoutUrl()
    {
        var html = PortalPages.Home([("javascript:;", "信用承诺")], string.Empty);

        var link = Find(ColumnDetector.Detect(html, FakeCrawl.Portal, ColumnCatalog.Default), "commitment").Link!;

        Assert.Null(link.Url);
        Assert.Equal("javascript:;", link.Href);
    }

    [Fact]
    public void Detect_SiteSynonymAndNavigationXPath_FindTheSiteOwnName()
    {
        var html = """
            <html><body>
            <div class="lm_bar"><a href="/xf/">修复申请</a><a href="/news/">要闻</a></div>
            </body></html>
            """;
        var catalog = ColumnCatalog.Default.ForSite(new SiteColumnSettings(
            ExtraSynonyms: new Dictionary<string, IReadOnlyList<string>> { ["repair"] = ["修复申请"] },
            NavigationXPath: "//div[@class='lm_bar']"));

        var link = Find(ColumnDetector.Detect(html, FakeCrawl.Portal, catalog), "repair").Link!;

        Assert.True(link.InNavigation);
        Assert.Equal("修复申请", link.MatchedSynonym);
    }
}
