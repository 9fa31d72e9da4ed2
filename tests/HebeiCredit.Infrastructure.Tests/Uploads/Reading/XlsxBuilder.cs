using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace HebeiCredit.Infrastructure.Tests.Uploads.Reading;

/// <summary>Writes real .xlsx files for the tests: shared strings, inline strings, numbers, rows at chosen numbers.</summary>
internal sealed class XlsxBuilder
{
    private readonly List<(string Name, List<Row> Rows)> sheets = [];
    private readonly List<string> shared = [];

    public XlsxBuilder Sheet(string name)
    {
        sheets.Add((name, []));
        return this;
    }

    /// <summary>A row at <paramref name="number"/>; a string cell is shared, a double a number, null a gap.</summary>
    public XlsxBuilder Row(uint number, params object?[] cells)
    {
        var row = new Row { RowIndex = number };
        for (var i = 0; i < cells.Length; i++)
        {
            var reference = Column(i) + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            switch (cells[i])
            {
                case null:
                    break;
                case string text:
                    row.Append(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(Share(text)) });
                    break;
                case Inline inline:
                    row.Append(new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(inline.Text)) });
                    break;
                case double number1:
                    row.Append(new Cell { CellReference = reference, CellValue = new CellValue(number1) });
                    break;
                case Raw raw:
                    row.Append(raw.Cell(reference));
                    break;
                default:
                    throw new ArgumentException($"Unsupported cell {cells[i]}");
            }
        }

        sheets[^1].Rows.Add(row);
        return this;
    }

    public byte[] Build()
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            uint id = 1;
            foreach (var (name, rows) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = new Worksheet(new SheetData(rows.Select(r => r.CloneNode(true))));
                workbook.Workbook.Sheets!.Append(new Sheet { Name = name, SheetId = id++, Id = workbook.GetIdOfPart(part) });
            }

            if (shared.Count > 0)
            {
                var strings = workbook.AddNewPart<SharedStringTablePart>();
                strings.SharedStringTable = new SharedStringTable(shared.Select(s => new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve })));
            }
        }

        return memory.ToArray();
    }

    public static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : Column(index / 26 - 1) + (char)('A' + index % 26);

    private string Share(string text)
    {
        var index = shared.IndexOf(text);
        if (index < 0)
        {
            shared.Add(text);
            index = shared.Count - 1;
        }

        return index.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public sealed record Inline(string Text);

    public sealed record Raw(Func<string, Cell> Cell);
}
