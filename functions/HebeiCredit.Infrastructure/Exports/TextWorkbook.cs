using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace HebeiCredit.Infrastructure.Exports;

/// <summary>
/// An .xlsx of text sheets: a bold frozen header with an autofilter, inline strings only (never a formula), every
/// cell passed through <see cref="SpreadsheetText.Neutralise"/> and made XML-safe.
/// </summary>
internal static class TextWorkbook
{
    public static byte[] Write(IReadOnlyList<TextSheet> sheets)
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            AddStyles(workbookPart);
            var list = new Sheets();
            var definedNames = new DefinedNames();
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            uint sheetId = 1;
            foreach (var sheet in sheets)
            {
                var name = SheetName(sheet.Name, names);
                var part = workbookPart.AddNewPart<WorksheetPart>();
                var rowCount = WriteSheet(part, sheet);
                list.Append(new Sheet { Name = name, SheetId = sheetId, Id = workbookPart.GetIdOfPart(part) });
                // Excel keeps an autofilter's range in this hidden name too; without it some versions "repair" the file.
                definedNames.Append(new DefinedName($"'{name.Replace("'", "''", StringComparison.Ordinal)}'!{FilterRange(sheet.Columns.Count, rowCount)}")
                {
                    Name = "_xlnm._FilterDatabase", LocalSheetId = sheetId - 1, Hidden = true,
                });
                sheetId++;
            }

            workbookPart.Workbook.Append(list, definedNames);
            workbookPart.Workbook.Save();
        }

        return memory.ToArray();
    }

    private static int WriteSheet(WorksheetPart part, TextSheet sheet)
    {
        var data = new SheetData();
        data.Append(Row(1, sheet.Columns, HeaderStyle));
        uint number = 2;
        foreach (var cells in sheet.Rows)
        {
            data.Append(Row(number++, cells, null));
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
            new Columns(sheet.Columns.Select((name, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = sheet.ColumnWidth(name), CustomWidth = true })),
            data,
            new AutoFilter { Reference = FilterRange(sheet.Columns.Count, rowCount) });
        part.Worksheet.Save();
        return rowCount;
    }

    private static string FilterRange(int columns, int rowCount) => $"$A$1:${ColumnName(columns - 1)}${rowCount}";

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
                InlineString = new InlineString(new Text(XmlText.Safe(SpreadsheetText.Neutralise(cells[i]))) { Space = SpaceProcessingModeValues.Preserve }),
            };
            if (style is { } s)
            {
                cell.StyleIndex = s;
            }

            row.Append(cell);
        }

        return row;
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
