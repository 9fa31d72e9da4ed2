namespace HebeiCredit.Auditing.Tests.Sites;

/// <summary>A portal that passes every website check on <see cref="FakeCrawl.CrawlDate"/> (2026-11-28); tests break one thing each.</summary>
internal static class HealthyPortal
{
    public static string HomeHtml { get; } = PortalPages.Home(
        PortalPages.Item("邯郸市召开社会信用体系建设工作推进会", "/xydt/202611/t20261126_1.html", "[11-26]") + "\n"
        + PortalPages.Item("我市发布2026年第三季度信用修复案例", "/xydt/202611/t20261118_2.html", "[11-18]"));

    public const string ServicePage = """
        <html><head><title>信用查询-信用中国（河北邯郸）</title></head><body>
        <div class="query"><form action="/search"><label>请输入企业名称或统一社会信用代码，查询企业的信用信息和信用报告</label><input name="q"></form></div>
        </body></html>
        """;

    public static Dictionary<string, string> Pages() => new()
    {
        ["/xydt/index.html"] = PortalPages.ListPage("信用动态",
            PortalPages.Item("邯郸市召开社会信用体系建设工作推进会", "./202611/t20261126_1.html", "[11-26]") + "\n"
            + PortalPages.Item("市发改委召开信用监管工作调度会议", "./202611/t20261110_1.html", "[11-10]")),
        ["/zcfg/index.html"] = PortalPages.ListPage("政策法规",
            PortalPages.Item("河北省社会信用信息条例解读", "./202609/t20260901_1.html", "2026-09-01")),
        ["/xygs/index.html"] = PortalPages.ListPage("信用公示",
            PortalPages.Item("行政处罚决定书（邯市监罚〔2026〕118号）", "./xzcf/1.html", "2026-11-25")),
        ["/xycn/index.html"] = PortalPages.ListPage("信用承诺",
            PortalPages.Item("邯郸市市场主体信用承诺书公示（第十批）", "./1.html", "2026-10-10")),
        ["/xyxf/index.html"] = PortalPages.ListPage("信用修复",
            PortalPages.Item("邯郸市行政处罚信息信用修复办理流程", "./1.html", "2026-08-03") + "\n"
            + PortalPages.Item("信用修复申请材料清单（2026年版）", "./2.html", "2026-08-03") + "\n"
            + PortalPages.Item("信用修复申请方式及在线申请入口说明", "./3.html", "2026-08-03")),
        ["/yyss/index.html"] = ServicePage.Replace("信用查询", "异议申诉", StringComparison.Ordinal),
        ["/cxxc/index.html"] = PortalPages.ListPage("诚信宣传",
            PortalPages.Item("诚信宣传进社区活动在丛台区举行", "./202611/t20261120_1.html", "[11-20]")),
        ["/hhmd/index.html"] = PortalPages.ListPage("红黑名单",
            PortalPages.Item("2026年第二季度守信激励对象名单", "./1.html", "2026-07-01")),
        ["/xyd/index.html"] = ServicePage.Replace("信用查询", "信易贷", StringComparison.Ordinal),
        ["/xycx/index.html"] = ServicePage,
    };
}
