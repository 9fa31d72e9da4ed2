using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Sites.Policy;
using HebeiCredit.Auditing.Sites.Rules;

namespace HebeiCredit.Auditing.Tests.Sites.Rules;

public sealed class ColumnStaleRuleTests
{
    private static void StalePromotion(Dictionary<string, string> pages) =>
        pages["/cxxc/index.html"] = PortalPages.ListPage("诚信宣传",
            PortalPages.Item("“诚信兴商宣传月”活动启动仪式举行", "./1.html", "[10-01]") + "\n"
            + PortalPages.Item("诚信宣传进校园主题活动举办", "./2.html", "[09-15]"));

    [Fact]
    public void Evaluate_DynamicColumnLastUpdatedEightWeeksAgo_FlagsTheNewestEntry()
    {
        var finding = Assert.Single(RuleRun.Findings(new ColumnStaleRule(), StalePromotion));

        Assert.Equal(RuleIds.WebColumnStale, finding.RuleId);
        Assert.Equal("integrity-promotion", finding.Subject);
        Assert.Equal("“诚信宣传”栏目超过14天未更新", finding.Summary);
        Assert.Equal("“诚信宣传”属于动态类栏目，应在14天内更新；查看了栏目1页，最新一条信息““诚信兴商宣传月”活动启动仪式举行”发布于2026-10-01，距检查日2026-11-28已58天。", finding.Explanation);
        Assert.Equal("栏目页第1页", Assert.Single(finding.Evidence).Description);
    }

    [Fact]
    public void Evaluate_ColumnWithoutAnyDate_CountsAsNotUpdatedAndSaysSo()
    {
        var finding = Assert.Single(RuleRun.Findings(new ColumnStaleRule(), pages => pages["/cxxc/index.html"] = PortalPages.ListPage("诚信宣传",
            "<li><a href=\"1.html\">诚信宣传进校园主题活动举办</a></li><li><a href=\"2.html\">诚信兴商宣传月活动启动仪式举行</a></li>")));

        Assert.Equal("“诚信宣传”属于动态类栏目，应在14天内更新；查看了栏目1页，没有任何带发布日期的信息（无日期条目2条），无发布日期的信息视为未更新。", finding.Explanation);
    }

    [Fact]
    public void Evaluate_FutureDatedEntry_IsNotTrustedAndIsReported()
    {
        var finding = Assert.Single(RuleRun.Findings(new ColumnStaleRule(), pages => pages["/cxxc/index.html"] = PortalPages.ListPage("诚信宣传",
            PortalPages.Item("2027年诚信宣传工作计划", "./0.html", "2027-12-25") + "\n"
            + PortalPages.Item("“诚信兴商宣传月”活动启动仪式举行", "./1.html", "2026-10-01"))));

        Assert.Equal("“诚信宣传”属于动态类栏目，应在14天内更新；查看了栏目1页，最新一条信息““诚信兴商宣传月”活动启动仪式举行”发布于2026-10-01，距检查日2026-11-28已58天。"
            + "另有1条信息的日期晚于检查日，日期不可信，未作为更新日期：“2027年诚信宣传工作计划”（2027-12-25）。", finding.Explanation);
    }

    [Theory]
    [InlineData("2026-05-27", true)]
    [InlineData("2026-05-28", false)]
    public void Evaluate_PolicyColumnAroundSixCalendarMonths_FlagsOnlyWhenOlder(string newest, bool flagged)
    {
        var findings = RuleRun.Findings(new ColumnStaleRule(), pages => pages["/zcfg/index.html"] = PortalPages.ListPage("政策法规",
            PortalPages.Item("河北省社会信用信息条例解读", "./1.html", newest)));

        Assert.Equal(flagged, findings.Count == 1);
        if (flagged)
        {
            Assert.Equal("“政策法规”栏目超过6个月未更新", findings[0].Summary);
        }
    }

    [Fact]
    public void Evaluate_ColumnLimitOverriddenInPolicy_UsesTheColumnLimit()
    {
        var policy = WebsitePolicy.Default with
        {
            ColumnStaleAfter = new Dictionary<string, StalenessLimit> { ["integrity-promotion"] = StalenessLimit.OfMonths(3) },
        };

        Assert.Empty(RuleRun.Findings(new ColumnStaleRule(), StalePromotion, policy));
    }

    [Fact]
    public void Evaluate_FreshColumnsAndUndatedServiceColumns_FindNothing() => Assert.Empty(RuleRun.Healthy(new ColumnStaleRule()));

    [Fact]
    public void Evaluate_FreshEntryOnTheSecondPage_CountsForTheColumn()
    {
        var findings = RuleRun.Findings(new ColumnStaleRule(), pages =>
        {
            pages["/cxxc/index.html"] = PortalPages.ListPage("诚信宣传",
                PortalPages.Item("诚信宣传进校园主题活动举办", "./2.html", "[09-15]"),
                "<div class=\"page\"><a href=\"index_1.html\">下一页</a></div>");
            pages["/cxxc/index_1.html"] = PortalPages.ListPage("诚信宣传",
                PortalPages.Item("诚信宣传进社区活动在丛台区举行", "./3.html", "[11-20]"));
        });

        Assert.Empty(findings);
    }
}
