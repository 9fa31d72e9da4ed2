using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Sites.Audit;
using HebeiCredit.Auditing.Sites.Pages;
using HebeiCredit.Auditing.Sites.Policy;

namespace HebeiCredit.Auditing.Sites.Rules;

/// <summary>WEB-COLUMN-BROKEN: the column's link leads nowhere, to an error status, or to a soft 404.</summary>
internal sealed class ColumnBrokenRule : IWebsiteRule
{
    public string Id => RuleIds.WebColumnBroken;

    public IEnumerable<Finding> Evaluate(WebsiteAuditContext context)
    {
        foreach (var column in context.Columns)
        {
            if (column.Detection.Link is not { } link)
            {
                continue;
            }

            string explanation;
            var evidence = new List<Evidence>();
            if (context.Home is { } home)
            {
                evidence.Add(RuleText.Page(home.Snapshot, "首页"));
            }

            if (link.Url is null)
            {
                explanation = $"首页“{link.Text}”链接的地址“{link.Href}”无效，无法打开栏目。";
            }
            else if (column.Verdict == PageVerdict.Broken)
            {
                var page = column.Pages[0];
                explanation = $"首页“{link.Text}”链接指向{link.Url}，{page.Page.Reason}。";
                evidence.Add(RuleText.Page(page.Snapshot, "栏目页"));
            }
            else
            {
                continue;
            }

            yield return RuleText.Finding(context, Id, column.Column.Id,
                $"“{column.Column.Name}”栏目无法打开",
                explanation, WebsiteClauses.ColumnBroken(context.Policy.Version), evidence);
        }
    }
}
