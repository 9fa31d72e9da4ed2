using System.Globalization;
using System.Text;
using CsvHelper;
using HebeiCredit.Auditing.Time;
using HebeiCredit.Infrastructure.Storage;

namespace HebeiCredit.Infrastructure.Exports;

/// <summary>
/// Flagged records for cities to fix, as CSV (UTF-8 with BOM, so Excel opens the Chinese correctly) or .xlsx (one
/// sheet per rule, filterable header). Every cell is text passed through <see cref="SpreadsheetText.Neutralise"/>;
/// the .xlsx holds inline strings only, never a formula, and stays neutralised when a city re-saves it as CSV.
/// </summary>
public static class FindingsExport
{
    public static readonly IReadOnlyList<string> Columns =
        ["单位", "规则", "状态", "问题", "说明", "依据文件", "条款", "文件", "行", "字段", "网址", "证据快照", "首次发现", "最近发现"];

    /// <summary>Evidence parts of one finding are joined with this separator, in evidence order, blanks skipped.</summary>
    public const string Separator = "；";

    private const string EmptySheet = "无问题";

    public static async Task WriteCsvAsync(Stream output, IEnumerable<StoredFinding> findings, CancellationToken cancellationToken = default)
    {
        // Neutralising is ours (SpreadsheetText); CsvHelper's own injection handling stays off so nothing is escaped twice.
        var options = new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.None };
        await using var csv = CsvWriter.Create(output, options, leaveOpen: true);
        await csv.WriteRecordAsync(Columns.Select(SpreadsheetText.Neutralise).ToArray(), cancellationToken);
        foreach (var finding in findings)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await csv.WriteRecordAsync(Cells(finding).Select(SpreadsheetText.Neutralise).ToArray(), cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }

    public static async Task WriteXlsxAsync(Stream output, IEnumerable<StoredFinding> findings, CancellationToken cancellationToken = default)
    {
        var byRule = findings.GroupBy(f => f.Finding.RuleId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        IReadOnlyList<TextSheet> sheets = byRule.Count > 0
            ? byRule.Select(g => new TextSheet(g.Key, Columns, g.Select(Cells).ToList(), ColumnWidth)).ToList()
            : [new TextSheet(EmptySheet, Columns, [], ColumnWidth)];
        cancellationToken.ThrowIfCancellationRequested();
        using var memory = new MemoryStream(TextWorkbook.Write(sheets));
        await memory.CopyToAsync(output, cancellationToken);
    }

    /// <summary>The cells of one finding, in <see cref="Columns"/> order, not yet neutralised.</summary>
    internal static IReadOnlyList<string> Cells(StoredFinding stored)
    {
        var finding = stored.Finding;
        var evidence = finding.Evidence;
        return
        [
            finding.Unit,
            finding.RuleId,
            StatusText(stored.Status),
            finding.Summary,
            finding.Explanation,
            finding.Clause.Version is { Length: > 0 } version ? $"{finding.Clause.Document}（{version}）" : finding.Clause.Document,
            finding.Clause.Clause,
            Join(evidence.Select(e => e.File)),
            Join(evidence.Select(e => e.Row?.ToString(CultureInfo.InvariantCulture))),
            Join(evidence.Select(e => e.Field)),
            Join(evidence.Select(e => e.Url?.AbsoluteUri)),
            Join(evidence.Select(e => e.SnapshotReference())),
            Time(stored.FirstSeen),
            Time(stored.LastSeen),
        ];
    }

    public static string StatusText(FindingStatus status) => status switch
    {
        FindingStatus.Open => "未整改",
        FindingStatus.Reopened => "再次出现",
        FindingStatus.Fixed => "已整改",
        FindingStatus.Reported => "已报告整改，待确认",
        _ => status.ToString(),
    };

    private static string Join(IEnumerable<string?> parts) => string.Join(Separator, parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    private static string Time(DateTimeOffset instant) => instant.ToOffset(ChinaTime.Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static double ColumnWidth(string column) => column switch
    {
        "问题" or "说明" or "网址" or "证据快照" or "依据文件" => 40,
        "单位" or "行" or "状态" => 10,
        _ => 18,
    };
}
