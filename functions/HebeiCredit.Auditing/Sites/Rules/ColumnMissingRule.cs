using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Sites.Audit;
using HebeiCredit.Auditing.Sites.Policy;

namespace HebeiCredit.Auditing.Sites.Rules;

/// <summary>WEB-COLUMN-MISSING: a required key column is not linked from the home page. Not judged when the home page did not open.</summary>
internal sealed class ColumnMissingRule : IWebsiteRule
{
    public string Id => RuleIds.WebColumnMissing;

    public IEnumerable<Finding> Evaluate(WebsiteAuditContext context)
    {
        if (context.Home is not { } home)
        {
            yield break;
        }

        foreach (var column in context.Columns.Where(c => !c.Detection.Found && c.Column.Required).Select(c => c.Column))
        {
            yield return RuleText.Finding(context, Id, column.Id,
                $"“{column.Name}”栏目缺失",
                $"首页未找到“{column.Name}”栏目（查找的栏目名称：{string.Join("、", column.Synonyms)}）。“{column.Name}”是信用网站应设置的重点栏目。",
                WebsiteClauses.ColumnMissing(context.Policy.Version),
                [RuleText.Page(home.Snapshot, "首页")]);
        }
    }
}
