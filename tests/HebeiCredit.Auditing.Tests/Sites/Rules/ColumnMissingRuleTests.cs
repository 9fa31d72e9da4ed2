using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Sites.Policy;
using HebeiCredit.Auditing.Sites.Rules;

namespace HebeiCredit.Auditing.Tests.Sites.Rules;

public sealed class ColumnMissingRuleTests
{
    [Fact]
    public void Evaluate_RepairColumnAbsentFromNavigation_FlagsItWithTheNamesSought()
    {
        var home = PortalPages.Home(PortalPages.FullNavigation.Where(l => l.Text != "信用修复"), string.Empty);

        var finding = Assert.Single(RuleRun.Findings(new ColumnMissingRule(), FakeCrawl.Of(home, HealthyPortal.Pages())));

        Assert.Equal(RuleIds.WebColumnMissing, finding.RuleId);
        Assert.Equal("repair", finding.Subject);
        Assert.Equal("1304", finding.Unit);
        Assert.Equal("“信用修复”栏目缺失", finding.Summary);
        Assert.Equal("首页未找到“信用修复”栏目（查找的栏目名称：信用修复、修复指南、信用修复指南）。“信用修复”是信用网站应设置的重点栏目。", finding.Explanation);
        Assert.Equal(WebsiteClauses.HebeiActionPlan, finding.Clause.Document);
        Assert.Equal(FakeCrawl.Portal, Assert.Single(finding.Evidence).Url);
        Assert.NotNull(finding.Evidence[0].Sha256);
    }

    [Fact]
    public void Evaluate_EveryColumnLinked_FindsNothing() => Assert.Empty(RuleRun.Healthy(new ColumnMissingRule()));

    [Fact]
    public void Evaluate_MissingColumnNotRequiredForTheSite_FindsNothing()
    {
        var home = PortalPages.Home(PortalPages.FullNavigation.Where(l => l.Text != "信易贷"), string.Empty);
        var catalog = Auditing.Sites.Columns.ColumnCatalog.Default.ForSite(new(Required: ["repair", "credit-news"]));

        Assert.Empty(RuleRun.Findings(new ColumnMissingRule(), FakeCrawl.Of(home, HealthyPortal.Pages(), catalog)));
    }
}
