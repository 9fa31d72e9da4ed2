using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Sites.Audit;
using HebeiCredit.Auditing.Sites.Policy;

namespace HebeiCredit.Auditing.Sites.Rules;

/// <summary>WEB-SLOW: the home page opens, but slowly: the policy's latency statistic of successful probes exceeds its limit.</summary>
internal sealed class SlowRule : IWebsiteRule
{
    public string Id => RuleIds.WebSlow;

    public IEnumerable<Finding> Evaluate(WebsiteAuditContext context)
    {
        var policy = context.Policy;
        if (context.Availability is not { Sufficient: true, MedianLatency: { } median, P95Latency: { } p95 } window)
        {
            yield break;
        }

        var (measureName, measured) = policy.SlowMeasure == LatencyMeasure.P95 ? ("第95百分位数", p95) : ("中位数", median);
        if (measured <= policy.SlowLatency)
        {
            yield break;
        }

        var explanation =
            $"{RuleText.Instant(window.WindowStart)}至{RuleText.Instant(window.WindowEnd)}共{window.Successes}次成功探测，"
            + $"首页打开时间中位数{RuleText.Seconds(median)}秒、第95百分位数{RuleText.Seconds(p95)}秒，"
            + $"{measureName}超过{RuleText.Seconds(policy.SlowLatency)}秒的阈值（该阈值为本系统默认值，未经确认）。";
        var evidence = new Evidence($"探测{window.Probes}次，成功{window.Successes}次", context.Crawl.Home.Url, ObservedAt: window.WindowEnd);
        yield return RuleText.Finding(context, Id, RuleText.SiteSubject,
            $"网站访问缓慢：首页打开时间{measureName}{RuleText.Seconds(measured)}秒",
            explanation, WebsiteClauses.Slow(policy.Version), [evidence]);
    }
}
