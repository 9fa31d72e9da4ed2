using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Sites.Rules;

namespace HebeiCredit.Auditing.Tests.Sites.Rules;

public sealed class ColumnBrokenRuleTests
{
    [Fact]
    public void Evaluate_DeadColumnLink_FlagsTheStatus()
    {
        var finding = Assert.Single(RuleRun.Findings(new ColumnBrokenRule(), pages => pages.Remove("/xycn/index.html")));

        Assert.Equal(RuleIds.WebColumnBroken, finding.RuleId);
        Assert.Equal("commitment", finding.Subject);
        Assert.Equal("“信用承诺”栏目无法打开", finding.Summary);
        Assert.Equal("首页“信用承诺”链接指向https://credit.hd.gov.cn/xycn/index.html，返回状态码404。", finding.Explanation);
        Assert.Equal([FakeCrawl.Portal, new Uri("https://credit.hd.gov.cn/xycn/index.html")], finding.Evidence.Select(e => e.Url));
    }

    [Fact]
    public void Evaluate_SoftNotFound_FlagsWhatThePageSays()
    {
        var finding = Assert.Single(RuleRun.Findings(new ColumnBrokenRule(), pages => pages["/xycn/index.html"] = """
            <html><head><title>信用中国（河北邯郸）</title></head><body>
            <div class="error"><img src="/images/404.png"><p>抱歉，您访问的页面不存在或已被删除！</p><a href="/">返回首页</a></div>
            </body></html>
            """));

        Assert.Equal("首页“信用承诺”链接指向https://credit.hd.gov.cn/xycn/index.html，返回正常状态但页面显示“您访问的页面不存在”（软404）。", finding.Explanation);
    }

    [Fact]
    public void Evaluate_JavascriptLink_FlagsTheInvalidAddress()
    {
        var home = PortalPages.Home(PortalPages.FullNavigation.Select(l => l.Text == "信用承诺" ? ("javascript:void(0);", l.Text) : l), string.Empty);

        var finding = Assert.Single(RuleRun.Findings(new ColumnBrokenRule(), FakeCrawl.Of(home, HealthyPortal.Pages())));

        Assert.Equal("首页“信用承诺”链接的地址“javascript:void(0);”无效，无法打开栏目。", finding.Explanation);
    }

    [Fact]
    public void Evaluate_EveryColumnOpens_FindsNothing() => Assert.Empty(RuleRun.Healthy(new ColumnBrokenRule()));
}
