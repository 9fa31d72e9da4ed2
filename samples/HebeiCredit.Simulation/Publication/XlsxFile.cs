using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace HebeiCredit.Simulation.Publication;

/// <summary>
/// Writes a one-sheet workbook as Excel does: text in the shared strings, amounts as numbers, and dates either as
/// Excel serial numbers or typed in as text. The package's entries carry a fixed time, so the bytes are deterministic.
/// </summary>
internal static class XlsxFile
{
    private static readonly DateTimeOffset EntryTime = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Write(string sheet, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows, bool serialDates, string dateFormat)
    {
        var shared = new List<string>();
        var sharedIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var data = new SheetData();
        uint number = 1;
        foreach (var cells in rows.Prepend(headers.Cast<object?>().ToList()))
        {
            var row = new Row { RowIndex = number };
            for (var i = 0; i < cells.Count; i++)
            {
                if (Cell(cells[i], $"{ColumnName(i)}{number}") is { } cell)
                {
                    row.Append(cell);
                }
            }

            data.Append(row);
            number++;
        }

        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
            workbook.Workbook = new Workbook(new Sheets());
            var part = workbook.AddNewPart<WorksheetPart>("rId1");
            part.Worksheet = new Worksheet(data);
            workbook.Workbook.Sheets!.Append(new Sheet { Name = sheet, SheetId = 1, Id = workbook.GetIdOfPart(part) });
            var strings = workbook.AddNewPart<SharedStringTablePart>("rId2");
            strings.SharedStringTable = new SharedStringTable(shared.Select(s => new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve })));
        }

        using (var zip = new ZipArchive(memory, ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var entry in zip.Entries)
            {
                entry.LastWriteTime = EntryTime;
            }
        }

        return memory.ToArray();

        Cell? Cell(object? value, string reference) => value switch
        {
            null => null,
            decimal amount => Number(reference, (double)amount),
            DateOnly date when serialDates => Number(reference, date.ToDateTime(TimeOnly.MinValue).ToOADate()),
            DateTime time when serialDates => Number(reference, Math.Round(time.ToOADate(), 6)),
            _ => new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(Share(CellText.Of(value, dateFormat))) },
        };

        int Share(string text)
        {
            if (!sharedIndex.TryGetValue(text, out var index))
            {
                sharedIndex[text] = index = shared.Count;
                shared.Add(text);
            }

            return index;
        }
    }

    private static Cell Number(string reference, double value) => new() { CellReference = reference, CellValue = new CellValue(value) };

    private static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnName(index / 26 - 1) + (char)('A' + index % 26);
}
