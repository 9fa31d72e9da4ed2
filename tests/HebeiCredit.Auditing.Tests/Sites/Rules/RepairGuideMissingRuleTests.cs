using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Sites.Audit;
using HebeiCredit.Auditing.Sites.Rules;

namespace HebeiCredit.Auditing.Tests.Sites.Rules;

public sealed class RepairGuideMissingRuleTests
{
    [Fact]
    public void Evaluate_RepairColumnWithOnlyTheProcess_ListsWhatIsMissing()
    {
        var finding = Assert.Single(RuleRun.Findings(new RepairGuideMissingRule(), pages => pages["/xyxf/index.html"] = PortalPages.ListPage("信用修复",
            PortalPages.Item("邯郸市行政处罚信息信用修复办理流程", "./1.html", "2026-08-03") + "\n"
            + PortalPages.Item("2026年第三季度信用修复结果公示", "./2.html", "2026-10-08"))));

        Assert.Equal(RuleIds.WebRepairGuideMissing, finding.RuleId);
        Assert.Equal("repair", finding.Subject);
        Assert.Equal("“信用修复”栏目未公开所需材料、申请方式", finding.Summary);
        Assert.Equal("查看了“信用修复”栏目的1个页面，未找到所需材料、申请方式的说明（已找到：修复流程）。信用修复栏目应公开修复流程、所需材料和申请方式。", finding.Explanation);
        Assert.Equal("开设信用修复栏目，公开信用修复流程、所需材料和申请方式", finding.Clause.Clause);
    }

    [Fact]
    public void Evaluate_NavigationMentioningTheWordsDoesNotCount_FlagsAllThree()
    {
        var finding = Assert.Single(RuleRun.Findings(new RepairGuideMissingRule(), pages => pages["/xyxf/index.html"] =
            PortalPages.ListPage("信用修复", PortalPages.Item("2026年第三季度信用修复结果公示", "./2.html", "2026-10-08"))
                .Replace("<div class=\"nav\"><ul>", "<div class=\"nav\"><ul><li><a href=\"/bszn/\">办事流程</a></li><li><a href=\"/sqcl/\">申请材料</a></li>", StringComparison.Ordinal)));

        Assert.Equal("“信用修复”栏目未公开修复流程、所需材料、申请方式", finding.Summary);
    }

    [Fact]
    public void Evaluate_GuideInAnArticleOpenedFromTheList_FindsNothing()
    {
        var pages = HealthyPortal.Pages();
        pages["/xyxf/index.html"] = PortalPages.ListPage("信用修复", PortalPages.Item("邯郸市信用修复办事指南", "./1.html", "2026-08-03"));
        var crawl = FakeCrawl.Of(HealthyPortal.HomeHtml, pages);
        var article = FakeCrawl.Page(new Uri("https://credit.hd.gov.cn/xyxf/1.html"), PortalPages.Article("邯郸市信用修复办事指南",
            "<p>一、修复程序：申请、受理、审核、决定。</p><p>二、申请材料：信用修复申请书、守信承诺书、履行义务的证明材料。</p><p>三、申请方式：登录“信用中国”网站在线申请，或到市信用中心窗口办理。</p>"));
        crawl = crawl with
        {
            Columns = crawl.Columns.Select(c => c.Detection.Column.Id == "repair" ? c with { DetailPages = [article] } : c).ToList(),
        };

        Assert.Empty(RuleRun.Findings(new RepairGuideMissingRule(), crawl));
    }

    [Fact]
    public void Evaluate_HealthyRepairColumn_FindsNothing() => Assert.Empty(RuleRun.Healthy(new RepairGuideMissingRule()));

    [Fact]
    public void Evaluate_BlankRepairColumn_IsLeftToTheBlankRule() =>
        Assert.Empty(RuleRun.Findings(new RepairGuideMissingRule(), pages => pages["/xyxf/index.html"] = PortalPages.ListPage("信用修复", "<li>暂无信息</li>")));
}
