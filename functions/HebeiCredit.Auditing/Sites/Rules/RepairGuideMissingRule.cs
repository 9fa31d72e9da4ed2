using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Sites.Audit;
using HebeiCredit.Auditing.Sites.Columns;
using HebeiCredit.Auditing.Sites.Html;
using HebeiCredit.Auditing.Sites.Pages;
using HebeiCredit.Auditing.Sites.Policy;

namespace HebeiCredit.Auditing.Sites.Rules;

/// <summary>
/// WEB-REPAIR-GUIDE-MISSING: the 信用修复 column's pages (list pages and any articles opened from them) do not
/// explain the process, the materials and how to apply. Judged only on a column that opened with content.
/// </summary>
internal sealed class RepairGuideMissingRule : IWebsiteRule
{
    public string Id => RuleIds.WebRepairGuideMissing;

    public IEnumerable<Finding> Evaluate(WebsiteAuditContext context)
    {
        if (context.Columns.FirstOrDefault(c => c.Column.Id == ColumnCatalog.RepairId) is not { Verdict: PageVerdict.Ok } column)
        {
            yield break;
        }

        var pages = column.Pages.Concat(column.DetailPages).Where(p => p.Page.Verdict == PageVerdict.Ok).ToList();
        var text = string.Concat(pages.Select(p => HtmlText.Compact(p.Page.ContentText)));
        var missing = RepairGuideTopic.All.Where(t => !t.IsIn(text)).Select(t => t.Name).ToList();
        if (missing.Count == 0)
        {
            yield break;
        }

        var found = RepairGuideTopic.All.Select(t => t.Name).Except(missing).ToList();
        var name = column.Column.Name;
        yield return RuleText.Finding(context, Id, column.Column.Id,
            $"“{name}”栏目未公开{string.Join("、", missing)}",
            $"查看了“{name}”栏目的{pages.Count}个页面，未找到{string.Join("、", missing)}的说明"
            + (found.Count > 0 ? $"（已找到：{string.Join("、", found)}）" : string.Empty)
            + "。信用修复栏目应公开修复流程、所需材料和申请方式。",
            WebsiteClauses.RepairGuideMissing(context.Policy.Version),
            pages.Select(p => RuleText.Page(p.Snapshot, "信用修复栏目页面")).ToList());
    }
}
