using System.Globalization;
using HebeiCredit.Auditing.Notices;
using HebeiCredit.Auditing.Time;
using HebeiCredit.Infrastructure.Exports;

namespace HebeiCredit.Infrastructure.Notices;

/// <summary>
/// The notice as .xlsx: the units' table first, then one sheet per rule with every open finding of every unit
/// (the records behind the notice), filterable, formula injection neutralised (<see cref="TextWorkbook"/>).
/// </summary>
internal static class NoticeWorkbook
{
    public const string SummarySheet = "各单位情况";

    public static readonly IReadOnlyList<string> Columns =
        ["单位代码", "单位", "规则", "问题类型", "状态", "问题", "说明", "依据", "证据", "网址", "证据快照", "文件", "行", "字段", "首次发现", "整改期限"];

    public static byte[] Write(NoticeModel model)
    {
        var sheets = new List<TextSheet>
        {
            new(SummarySheet, NoticeText.TableHeader, model.Units.Select(NoticeText.TableCells).ToList(), name => name == "单位" ? 14 : 11),
        };
        var byRule = model.Units
            .OrderBy(u => u.Unit, StringComparer.Ordinal)
            .SelectMany(u => u.Rectification.Select(item => (Unit: u, Item: item)))
            .GroupBy(x => x.Item.RuleId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var rule in byRule)
        {
            sheets.Add(new TextSheet(rule.Key, Columns, rule.Select(x => Cells(x.Unit, x.Item)).ToList(), Width));
        }

        return TextWorkbook.Write(sheets);
    }

    internal static IReadOnlyList<string> Cells(NoticeUnit unit, RectificationItem item)
    {
        static string Join(IEnumerable<string?> parts) => string.Join(FindingsExport.Separator, parts.Where(p => !string.IsNullOrWhiteSpace(p)));
        var evidence = item.Evidence;
        return
        [
            unit.Unit,
            unit.Name,
            item.RuleId,
            item.RuleName,
            NoticeText.Status(item.Status),
            item.Summary,
            item.Explanation,
            NoticeText.Clause(item.Clause),
            Join(evidence.Select(e => e.Description)),
            Join(evidence.Select(e => e.Url?.AbsoluteUri)),
            Join(evidence.Select(e => e.SnapshotReference())),
            Join(evidence.Select(e => e.File)),
            Join(evidence.Select(e => e.Row?.ToString(CultureInfo.InvariantCulture))),
            Join(evidence.Select(e => e.Field)),
            item.FirstSeen.ToOffset(ChinaTime.Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            item.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ];
    }

    private static double Width(string column) => column switch
    {
        "问题" or "说明" or "依据" or "证据" or "网址" or "证据快照" => 40,
        "单位代码" or "行" or "状态" => 10,
        _ => 16,
    };
}
