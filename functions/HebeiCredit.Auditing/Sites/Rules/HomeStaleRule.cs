using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Sites.Audit;
using HebeiCredit.Auditing.Sites.Policy;

namespace HebeiCredit.Auditing.Sites.Rules;

/// <summary>WEB-HOME-STALE: nothing dated on the home page within 2 weeks; undated entries cannot count as updates.</summary>
internal sealed class HomeStaleRule : IWebsiteRule
{
    public string Id => RuleIds.WebHomeStale;

    public IEnumerable<Finding> Evaluate(WebsiteAuditContext context)
    {
        if (context.Home is not { } home || context.HomeFreshness is not { } facts)
        {
            yield break;
        }

        var limit = context.Policy.HomeStaleAfter;
        if (facts.Newest is { } newest && !limit.IsStale(newest, context.CrawlDate))
        {
            yield break;
        }

        var seen = facts.NewestItem is { } item
            ? $"首页最新一条带日期的信息为“{item.Title}”（{RuleText.Date(item.Date!.Value)}），"
              + $"距检查日{RuleText.Date(context.CrawlDate)}已{context.CrawlDate.DayNumber - item.Date.Value.DayNumber}天，超过{limit.Describe()}的更新要求。"
            : $"首页没有任何带发布日期的信息（无日期条目{facts.UndatedItems}条），无发布日期的信息视为未更新。";
        yield return RuleText.Finding(context, Id, RuleText.HomeSubject,
            $"首页超过{limit.Describe()}未更新",
            seen + RuleText.FutureDated(facts),
            WebsiteClauses.HomeStale(context.Policy.Version),
            [RuleText.Page(home.Snapshot, "首页")]);
    }
}
