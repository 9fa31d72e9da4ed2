using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Sites.Audit;
using HebeiCredit.Auditing.Sites.Policy;

namespace HebeiCredit.Auditing.Sites.Rules;

/// <summary>
/// WEB-UNREACHABLE: failed probes reach 5% of a week's probes. A window with fewer than 20 probes a day on average
/// is not judged: too few probes say nothing either way.
/// </summary>
internal sealed class UnreachableRule : IWebsiteRule
{
    public string Id => RuleIds.WebUnreachable;

    public IEnumerable<Finding> Evaluate(WebsiteAuditContext context)
    {
        var policy = context.Policy;
        if (context.Availability is not { } window || !window.IsUnreachable(policy))
        {
            yield break;
        }

        var causes = window.Incidents.SelectMany(i => i.Causes).Distinct().Select(c => c.ToChinese());
        var explanation =
            $"{RuleText.Instant(window.WindowStart)}至{RuleText.Instant(window.WindowEnd)}共探测首页{window.Probes}次，"
            + $"其中{window.Failures}次未能在{RuleText.Seconds(policy.ProbeTimeout)}秒内正常打开，失败率{RuleText.Percent(window.FailureRate)}%，"
            + $"达到{RuleText.Percent(policy.UnreachableFailureRate)}%的判定标准（监测{policy.ProbeWindowDays}天，每天不少于{policy.MinProbesPerDay}次）。"
            + $"失败原因：{string.Join("、", causes)}。";
        var url = context.Crawl.Home.Url;
        var evidence = window.Incidents
            .Select(i => new Evidence(
                $"{RuleText.Instant(i.Start)}起连续{i.FailedProbes}次探测失败（{i.CauseText}），"
                + (i.End is { } end ? $"{RuleText.Instant(end)}恢复" : "至检查时仍未恢复"),
                url,
                ObservedAt: i.Start))
            .ToList();
        yield return RuleText.Finding(context, Id, RuleText.SiteSubject,
            $"网站无法访问：近{policy.ProbeWindowDays}天探测失败率{RuleText.Percent(window.FailureRate)}%",
            explanation, WebsiteClauses.Unreachable(policy.Version), evidence);
    }
}
