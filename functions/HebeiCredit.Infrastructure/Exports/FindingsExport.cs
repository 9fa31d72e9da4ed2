using System.Globalization;
using System.Text;
using System.Xml;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
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
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            AddStyles(workbookPart);
            var sheets = new Sheets();
            var definedNames = new DefinedNames();
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var groups = byRule.Count > 0 ? byRule.Select(g => (Name: g.Key, Rows: (IEnumerable<StoredFinding>)g)) : [(EmptySheet, [])];
            uint sheetId = 1;
            foreach (var (rule, rows) in groups)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var name = SheetName(rule, names);
                var part = workbookPart.AddNewPart<WorksheetPart>();
                var rowCount = WriteSheet(part, rows);
                sheets.Append(new Sheet { Name = name, SheetId = sheetId, Id = workbookPart.GetIdOfPart(part) });
                // Excel keeps an autofilter's range in this hidden name too; without it some versions "repair" the file.
                definedNames.Append(new DefinedName($"'{name.Replace("'", "''", StringComparison.Ordinal)}'!{FilterRange(rowCount)}")
                {
                    Name = "_xlnm._FilterDatabase", LocalSheetId = sheetId - 1, Hidden = true,
                });
                sheetId++;
            }

            workbookPart.Workbook.Append(sheets, definedNames);
            workbookPart.Workbook.Save();
        }

        memory.Position = 0;
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
            Join(evidence.Select(e => e.SnapshotBlob)),
            Time(stored.FirstSeen),
            Time(stored.LastSeen),
        ];
    }

    public static string StatusText(FindingStatus status) => status switch
    {
        FindingStatus.Open => "未整改",
        FindingStatus.Reopened => "再次出现",
        FindingStatus.Fixed => "已整改",
        FindingStatus.Reported => "已报告整改，待复核",
        _ => status.ToString(),
    };

    private static string Join(IEnumerable<string?> parts) => string.Join(Separator, parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    private static string Time(DateTimeOffset instant) => instant.ToOffset(ChinaTime.Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static int WriteSheet(WorksheetPart part, IEnumerable<StoredFinding> findings)
    {
        var data = new SheetData();
        data.Append(Row(1, Columns, HeaderStyle));
        uint number = 2;
        foreach (var finding in findings)
        {
            data.Append(Row(number++, Cells(finding), null));
        }

        var rowCount = (int)number - 1;
        var frozen = new SheetView(new Pane
        {
            VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
        }, new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue>([new StringValue("A2")]) })
        {
            WorkbookViewId = 0, TabSelected = false,
        };
        part.Worksheet = new Worksheet(
            new SheetViews(frozen),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            new Columns(Columns.Select((_, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = ColumnWidth(i), CustomWidth = true })),
            data,
            new AutoFilter { Reference = FilterRange(rowCount) });
        part.Worksheet.Save();
        return rowCount;
    }

    private static double ColumnWidth(int column) => Columns[column] switch
    {
        "问题" or "说明" or "网址" or "证据快照" or "依据文件" => 40,
        "单位" or "行" or "状态" => 10,
        _ => 18,
    };

    private static string FilterRange(int rowCount) => $"$A$1:${ColumnName(Columns.Count - 1)}${rowCount}";

    private const uint HeaderStyle = 1;

    private static Row Row(uint number, IReadOnlyList<string> cells, uint? style)
    {
        var row = new Row { RowIndex = number };
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = new Cell
            {
                CellReference = $"{ColumnName(i)}{number}",
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(XmlSafe(SpreadsheetText.Neutralise(cells[i]))) { Space = SpaceProcessingModeValues.Preserve }),
            };
            if (style is { } s)
            {
                cell.StyleIndex = s;
            }

            row.Append(cell);
        }

        return row;
    }

    /// <summary>Characters XML 1.0 cannot carry (control characters from a scraped page) become U+FFFD, else the package could not be written.</summary>
    private static string XmlSafe(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                builder.Append(text, i, 2);
                i++;
            }
            else
            {
                builder.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
            }
        }

        return builder.ToString();
    }

    private static void AddStyles(WorkbookPart workbook)
    {
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(
                new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
                new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true }) { Count = 2 });
        styles.Stylesheet.Save();
    }

    /// <summary>A sheet named by the rule id: at most 31 characters, none of []:*?/\, no leading or trailing apostrophe, unique.</summary>
    internal static string SheetName(string rule, ISet<string> taken)
    {
        var cleaned = new string(rule.Select(c => "[]:*?/\\".Contains(c) ? '_' : c).ToArray()).Trim('\'');
        if (cleaned.Length == 0)
        {
            cleaned = "规则";
        }

        cleaned = cleaned.Length > 31 ? cleaned[..31] : cleaned;
        var name = cleaned;
        for (var n = 2; !taken.Add(name); n++)
        {
            var suffix = $"~{n}";
            name = (cleaned.Length + suffix.Length > 31 ? cleaned[..(31 - suffix.Length)] : cleaned) + suffix;
        }

        return name;
    }

    private static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnName(index / 26 - 1) + (char)('A' + index % 26);
}
