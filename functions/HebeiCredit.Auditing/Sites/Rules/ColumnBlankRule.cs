using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Sites.Audit;
using HebeiCredit.Auditing.Sites.Pages;
using HebeiCredit.Auditing.Sites.Policy;

namespace HebeiCredit.Auditing.Sites.Rules;

/// <summary>WEB-COLUMN-BLANK: the column page opens but holds nothing (有栏目无内容).</summary>
internal sealed class ColumnBlankRule : IWebsiteRule
{
    public string Id => RuleIds.WebColumnBlank;

    public IEnumerable<Finding> Evaluate(WebsiteAuditContext context)
    {
        foreach (var column in context.Columns.Where(c => c.Verdict == PageVerdict.Blank))
        {
            var page = column.Pages[0];
            yield return RuleText.Finding(context, Id, column.Column.Id,
                $"“{column.Column.Name}”栏目为空白栏目",
                $"栏目页{page.Snapshot.Url}{page.Page.Reason}，属于空白栏目（有栏目无内容）。",
                WebsiteClauses.ColumnBlank(context.Policy.Version),
                [RuleText.Page(page.Snapshot, "栏目页")]);
        }
    }
}
