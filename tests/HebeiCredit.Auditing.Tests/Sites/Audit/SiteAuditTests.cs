using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Sites.Audit;
using HebeiCredit.Auditing.Sites.Policy;

namespace HebeiCredit.Auditing.Tests.Sites.Audit;

public sealed class SiteAuditTests
{
    [Fact]
    public void Evaluate_HealthyPortal_FindsNothingAndPassesTheColumnCheck()
    {
        var result = SiteAudit.Evaluate(FakeCrawl.Of(HealthyPortal.HomeHtml, HealthyPortal.Pages()), null, WebsitePolicy.Default, FakeCrawl.CrawledAt);

        Assert.Empty(result.Findings);
        Assert.False(result.Columns.FailsSite);
        Assert.Equal("不更新栏目0个、空白栏目0个，未达到单项否决标准（不更新栏目5个及以上或空白栏目5个及以上）", result.Columns.Summary);
    }

    [Fact]
    public void Evaluate_FiveStaleColumns_FailsTheSiteColumnCheck()
    {
        var pages = HealthyPortal.Pages();
        foreach (var (path, name) in new[] { ("/xydt/index.html", "信用动态"), ("/zcfg/index.html", "政策法规"), ("/xygs/index.html", "信用公示"), ("/xycn/index.html", "信用承诺"), ("/cxxc/index.html", "诚信宣传") })
        {
            pages[path] = PortalPages.ListPage(name, PortalPages.Item("2025年度工作总结和2026年工作计划", "./1.html", "2025-12-30"));
        }

        var result = SiteAudit.Evaluate(FakeCrawl.Of(HealthyPortal.HomeHtml, pages), null, WebsitePolicy.Default, FakeCrawl.CrawledAt);

        Assert.Equal(5, result.Findings.Count(f => f.RuleId == RuleIds.WebColumnStale));
        Assert.True(result.Columns.FailsSite);
        Assert.Equal("不更新栏目5个、空白栏目0个，达到单项否决标准（不更新栏目5个及以上或空白栏目5个及以上）", result.Columns.Summary);
    }

    [Fact]
    public void Evaluate_SameCrawlTwice_GivesTheSameKeys()
    {
        var pages = HealthyPortal.Pages();
        pages.Remove("/xycn/index.html");
        pages["/cxxc/index.html"] = PortalPages.ListPage("诚信宣传", "<li>暂无信息</li>");
        var crawl = FakeCrawl.Of(HealthyPortal.HomeHtml, pages);

        var first = SiteAudit.Evaluate(crawl, null, WebsitePolicy.Default, FakeCrawl.CrawledAt);
        var second = SiteAudit.Evaluate(crawl, null, WebsitePolicy.Default, FakeCrawl.CrawledAt.AddDays(1));

        Assert.Equal([RuleIds.WebColumnBroken, RuleIds.WebColumnBlank], first.Findings.Select(f => f.RuleId));
        Assert.Equal(first.Findings.Select(f => f.Key), second.Findings.Select(f => f.Key));
        Assert.All(first.Findings, f => Assert.Equal(WebsitePolicy.Default.Version, f.Clause.Version));
    }
}
