using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Sites.Audit;
using HebeiCredit.Auditing.Sites.Pages;
using HebeiCredit.Auditing.Sites.Policy;

namespace HebeiCredit.Auditing.Sites.Rules;

/// <summary>
/// WEB-COLUMN-STALE: the newest dated entry of the column's pages is older than its kind's limit, or no entry has a
/// date. Service columns have no limit. Broken and blank columns are left to their own rules.
/// </summary>
internal sealed class ColumnStaleRule : IWebsiteRule
{
    public string Id => RuleIds.WebColumnStale;

    public IEnumerable<Finding> Evaluate(WebsiteAuditContext context)
    {
        foreach (var column in context.Columns.Where(c => c.Verdict == PageVerdict.Ok))
        {
            if (context.Policy.StaleAfter(column.Column) is not { } limit)
            {
                continue;
            }

            var facts = column.Freshness;
            if (facts.Newest is { } newest && !limit.IsStale(newest, context.CrawlDate))
            {
                continue;
            }

            var name = column.Column.Name;
            var pages = column.Pages.Where(p => p.Page.Verdict == PageVerdict.Ok).ToList();
            var rule = $"“{name}”属于{RuleText.KindName(column.Column.Kind)}栏目，应在{limit.Describe()}内更新；查看了栏目{pages.Count}页，";
            var seen = facts.NewestItem is { } item
                ? $"最新一条信息“{item.Title}”发布于{RuleText.Date(item.Date!.Value)}，"
                  + $"距检查日{RuleText.Date(context.CrawlDate)}已{context.CrawlDate.DayNumber - item.Date.Value.DayNumber}天。"
                : $"没有任何带发布日期的信息（无日期条目{facts.UndatedItems}条），无发布日期的信息视为未更新。";
            yield return RuleText.Finding(context, Id, column.Column.Id,
                $"“{name}”栏目超过{limit.Describe()}未更新",
                rule + seen + RuleText.FutureDated(facts),
                WebsiteClauses.ColumnStale(context.Policy.Version),
                pages.Select((p, i) => RuleText.Page(p.Snapshot, $"栏目页第{i + 1}页")).ToList());
        }
    }
}
