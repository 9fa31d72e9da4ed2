using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Sites.Policy;
using HebeiCredit.Auditing.Sites.Rules;

namespace HebeiCredit.Auditing.Tests.Sites.Rules;

public sealed class ColumnBlankRuleTests
{
    [Fact]
    public void Evaluate_ColumnSayingNoInformation_FlagsItAsBlank()
    {
        var finding = Assert.Single(RuleRun.Findings(new ColumnBlankRule(),
            pages => pages["/xycn/index.html"] = PortalPages.ListPage("信用承诺", "<li class=\"nodata\">暂无信息</li>")));

        Assert.Equal(RuleIds.WebColumnBlank, finding.RuleId);
        Assert.Equal("commitment", finding.Subject);
        Assert.Equal("“信用承诺”栏目为空白栏目", finding.Summary);
        Assert.Equal("栏目页https://credit.hd.gov.cn/xycn/index.html没有任何信息条目，显示“暂无信息”，属于空白栏目（有栏目无内容）。", finding.Explanation);
        Assert.Equal(WebsiteClauses.InspectionIndicators, finding.Clause.Document);
    }

    [Fact]
    public void Evaluate_ServiceColumnWithAFormAndNoList_FindsNothing() => Assert.Empty(RuleRun.Healthy(new ColumnBlankRule()));

    [Fact]
    public void Evaluate_BrokenColumn_IsNotAlsoBlank() =>
        Assert.Empty(RuleRun.Findings(new ColumnBlankRule(), pages => pages.Remove("/xycn/index.html")));
}
