using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Sites;
using HebeiCredit.Auditing.Sites.Availability;
using HebeiCredit.Auditing.Sites.Policy;
using HebeiCredit.Auditing.Sites.Rules;
using HebeiCredit.Auditing.Tests.Sites.Availability;

namespace HebeiCredit.Auditing.Tests.Sites.Rules;

/// <summary>WEB-UNREACHABLE and WEB-SLOW, both judged on the probe window.</summary>
public sealed class AvailabilityRuleTests
{
    private static readonly Auditing.Sites.Audit.SiteCrawlResult Crawl = FakeCrawl.Of(HealthyPortal.HomeHtml, HealthyPortal.Pages());

    private static AvailabilityStats Stats(IEnumerable<FetchOutcome> probes, WebsitePolicy? policy = null) =>
        AvailabilityCalculator.Compute(probes, AvailabilityCalculatorTests.Now, policy ?? WebsitePolicy.Default);

    [Fact]
    public void Unreachable_FivePercentFailed_FlagsWithTheFigures()
    {
        var stats = Stats(AvailabilityCalculatorTests.Probes(1000, Enumerable.Range(100, 50).ToHashSet()));

        var finding = Assert.Single(RuleRun.Findings(new UnreachableRule(), Crawl, stats));

        Assert.Equal(RuleIds.WebUnreachable, finding.RuleId);
        Assert.Equal("site", finding.Subject);
        Assert.Equal("网站无法访问：近7天探测失败率5.0%", finding.Summary);
        Assert.Equal("2026-11-21 12:00至2026-11-28 12:00共探测首页1000次，其中50次未能在15秒内正常打开，失败率5.0%，达到5.0%的判定标准（监测7天，每天不少于20次）。失败原因：超时未打开。", finding.Explanation);
        Assert.Equal("2026-11-22 04:58起连续50次探测失败（超时未打开），2026-11-22 13:22恢复", Assert.Single(finding.Evidence).Description);
        Assert.Equal(WebsiteClauses.InspectionIndicators, finding.Clause.Document);
    }

    [Fact]
    public void Unreachable_FourPointNinePercentFailed_FindsNothing() =>
        Assert.Empty(RuleRun.Findings(new UnreachableRule(), Crawl, Stats(AvailabilityCalculatorTests.Probes(1000, Enumerable.Range(100, 49).ToHashSet()))));

    [Fact]
    public void Unreachable_TenPercentFailedWithFewerThanTwentyProbesADay_IsNotJudged() =>
        Assert.Empty(RuleRun.Findings(new UnreachableRule(), Crawl, Stats(AvailabilityCalculatorTests.Probes(133, Enumerable.Range(0, 14).ToHashSet()))));

    [Fact]
    public void Unreachable_StillDown_SaysNotRecovered()
    {
        var stats = Stats(AvailabilityCalculatorTests.Probes(140, Enumerable.Range(130, 10).ToHashSet(), FetchErrorKind.ConnectionRefused));

        var finding = Assert.Single(RuleRun.Findings(new UnreachableRule(), Crawl, stats));

        Assert.EndsWith("至检查时仍未恢复", finding.Evidence[0].Description, StringComparison.Ordinal);
        Assert.EndsWith("失败原因：连接被拒绝。", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Slow_MedianAboveFiveSeconds_Flags()
    {
        var stats = Stats(AvailabilityCalculatorTests.Probes(140, new HashSet<int>(), seconds: 6));

        var finding = Assert.Single(RuleRun.Findings(new SlowRule(), Crawl, stats));

        Assert.Equal(RuleIds.WebSlow, finding.RuleId);
        Assert.Equal("网站访问缓慢：首页打开时间中位数6秒", finding.Summary);
        Assert.Equal("2026-11-21 12:00至2026-11-28 12:00共140次成功探测，首页打开时间中位数6秒、第95百分位数6秒，中位数超过5秒的阈值（该阈值为本系统默认值，未经确认）。", finding.Explanation);
    }

    [Fact]
    public void Slow_FastSite_FindsNothing() =>
        Assert.Empty(RuleRun.Findings(new SlowRule(), Crawl, Stats(AvailabilityCalculatorTests.Probes(140, new HashSet<int>()))));

    [Fact]
    public void Slow_OccasionalSlowProbesWithP95Measure_FlagsOnlyUnderP95()
    {
        var probes = AvailabilityCalculatorTests.Probes(140, new HashSet<int>());
        probes = probes.Select((p, i) => i % 10 == 0 ? p with { Elapsed = TimeSpan.FromSeconds(9) } : p).ToList();
        var p95 = WebsitePolicy.Default with { SlowMeasure = LatencyMeasure.P95 };

        Assert.Empty(RuleRun.Findings(new SlowRule(), Crawl, Stats(probes)));
        Assert.Equal("网站访问缓慢：首页打开时间第95百分位数9秒", Assert.Single(RuleRun.Findings(new SlowRule(), Crawl, Stats(probes, p95), p95)).Summary);
    }
}
