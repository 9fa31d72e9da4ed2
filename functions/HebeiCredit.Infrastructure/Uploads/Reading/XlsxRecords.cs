using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using HebeiCredit.Auditing.Publication.Sources;

namespace HebeiCredit.Infrastructure.Uploads.Reading;

/// <summary>
/// The rows of one worksheet of an .xlsx, header included, read with <see cref="OpenXmlReader"/> one &lt;row&gt; at a
/// time (never the sheet's DOM). Values are the cell text as stored: shared and inline strings resolved, numbers
/// (dates included, as Excel serial numbers) passed through as written. Row numbers come from the r attribute, so
/// gaps in the sheet stay gaps.
/// </summary>
internal static class XlsxRecords
{
    public static async Task<(IAsyncEnumerator<SourceRow> Records, IAsyncDisposable Owner)> OpenAsync(
        string file, Stream content, UploadReadOptions options, CancellationToken cancellationToken)
    {
        // A zip is read from its end and then part by part: anything but a local file or memory (a blob stream, even a
        // seekable one, turns every seek into a ranged download and throws its own exceptions for a seek before the
        // start of a tiny file) is spooled to a temporary file first, never to memory.
        var package = content is FileStream or MemoryStream ? content : await SpoolAsync(content, cancellationToken);
        var ownsPackage = !ReferenceEquals(package, content);
        try
        {
            var document = Open(file, package, options);
            var (sheet, shared) = Locate(file, document, options.SheetName);
            var owner = new Owner(document, ownsPackage ? package : null);
            return (ReadAsync(file, sheet, shared, cancellationToken).GetAsyncEnumerator(cancellationToken), owner);
        }
        catch
        {
            if (ownsPackage)
            {
                await package.DisposeAsync();
            }

            throw;
        }
    }

    private static string Invalid(string file, string reason) => $"文件“{file}”不是有效的 Excel 文件（.xlsx）：{reason}";

    private static SpreadsheetDocument Open(string file, Stream package, UploadReadOptions options)
    {
        if (package.Length - package.Position == 0)
        {
            throw new UploadFormatException(file, Invalid(file, "文件是空的（0 字节）。"));
        }

        var start = package.Position;
        try
        {
            using (var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true))
            {
                var expanded = zip.Entries.Sum(e => e.Length);
                if (expanded > options.MaxExpandedBytes)
                {
                    throw new UploadFormatException(file, Invalid(file, $"解压后共 {expanded:N0} 字节，超过上限 {options.MaxExpandedBytes:N0} 字节。"));
                }
            }

            package.Position = start;
            return SpreadsheetDocument.Open(package, isEditable: false);
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException)
        {
            throw new UploadFormatException(file, Invalid(file, "无法作为 zip 压缩包打开（文件可能被截断、是旧的 .xls 格式，或只是改了扩展名）。"), inner: e);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or XmlException or IOException)
        {
            throw new UploadFormatException(file, Invalid(file, $"文件包已损坏（{e.Message}）。"), inner: e);
        }
    }

    private static (WorksheetPart Sheet, IReadOnlyList<string> Shared) Locate(string file, SpreadsheetDocument document, string? sheetName)
    {
        try
        {
            var workbook = document.WorkbookPart ?? throw new UploadFormatException(file, Invalid(file, "缺少工作簿（xl/workbook.xml）。"));
            var sheets = workbook.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];
            if (sheets.Count == 0)
            {
                throw new UploadFormatException(file, Invalid(file, "工作簿中没有工作表。"));
            }

            var sheet = sheetName is null
                ? sheets[0]
                : sheets.FirstOrDefault(s => string.Equals(s.Name?.Value?.Trim(), sheetName.Trim(), StringComparison.Ordinal))
                  ?? throw new UploadFormatException(
                      file, $"文件“{file}”中找不到名为“{sheetName}”的工作表；现有工作表：{string.Join("、", sheets.Select(s => $"“{s.Name?.Value}”"))}。");
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                throw new UploadFormatException(file, Invalid(file, $"工作表“{sheet.Name?.Value}”不是普通工作表或已损坏。"));
            }

            return (part, SharedStrings(workbook.SharedStringTablePart));
        }
        catch (Exception e) when (e is OpenXmlPackageException or XmlException or InvalidDataException or IOException or ArgumentOutOfRangeException or KeyNotFoundException)
        {
            throw new UploadFormatException(file, Invalid(file, $"工作簿已损坏（{e.Message}）。"), inner: e);
        }
    }

    /// <summary>The shared-string table, read element by element; a cell refers to its strings by index.</summary>
    private static List<string> SharedStrings(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(Text((SharedStringItem)reader.LoadCurrentElement()!));
            }
        }

        return strings;
    }

    /// <summary>The text of a string item: plain, or its rich-text runs joined; phonetic hints (rPh) left out.</summary>
    private static string Text(OpenXmlElement item) =>
        item.GetFirstChild<Text>()?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));

    private static async IAsyncEnumerable<SourceRow> ReadAsync(
        string file, WorksheetPart sheet, IReadOnlyList<string> shared, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        using var reader = OpenXmlReader.Create(sheet);
        var last = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Row? row = null;
            try
            {
                while (reader.Read())
                {
                    if (reader.ElementType == typeof(Row) && reader.IsStartElement)
                    {
                        row = (Row)reader.LoadCurrentElement()!;
                        break;
                    }
                }
            }
            catch (Exception e) when (e is XmlException or InvalidDataException or IOException or OpenXmlPackageException)
            {
                throw new UploadFormatException(file, Invalid(file, $"第 {last + 1} 行附近的工作表数据已损坏（{e.Message}）。"), last + 1, e);
            }

            if (row is null)
            {
                yield break;
            }

            var number = row.RowIndex?.Value is { } index and > 0 ? (int)index : last + 1;
            last = number;
            var cells = Cells(file, number, row, shared);
            if (!UploadReader.IsBlank(cells))
            {
                yield return UploadReader.Row(number, cells);
            }
        }
    }

    private static List<string?> Cells(string file, int number, Row row, IReadOnlyList<string> shared)
    {
        var cells = new List<string?>();
        foreach (var cell in row.Elements<Cell>())
        {
            var column = CellReference.Column(cell.CellReference?.Value) ?? cells.Count;
            while (cells.Count <= column)
            {
                cells.Add(null);
            }

            var value = Value(file, number, cell, shared);
            cells[column] = string.IsNullOrEmpty(value) ? null : value;
        }

        // Formatting alone makes Excel write empty cells past the data: they are not cells of the row.
        while (cells.Count > 0 && cells[^1] is null)
        {
            cells.RemoveAt(cells.Count - 1);
        }

        return cells;
    }

    private static string? Value(string file, int number, Cell cell, IReadOnlyList<string> shared)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? Text(inline) : null;
        }

        var raw = cell.CellValue?.Text;
        if (raw is null)
        {
            return null;
        }

        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, out var i) && i >= 0 && i < shared.Count
                ? shared[i]
                : throw new UploadFormatException(file, Invalid(file, $"第 {number} 行的单元格 {cell.CellReference?.Value} 引用了不存在的共享字符串 {raw}。"), number);
        }

        return type == CellValues.Boolean ? (raw == "1" ? "TRUE" : "FALSE") : raw;
    }

    private static async Task<Stream> SpoolAsync(Stream content, CancellationToken cancellationToken)
    {
        var spool = new FileStream(
            Path.Combine(Path.GetTempPath(), $"upload-{Guid.NewGuid():N}.xlsx"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await content.CopyToAsync(spool, cancellationToken);
            spool.Position = 0;
            return spool;
        }
        catch
        {
            await spool.DisposeAsync();
            throw;
        }
    }

    private sealed class Owner(SpreadsheetDocument document, Stream? spool) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            document.Dispose();
            if (spool is not null)
            {
                await spool.DisposeAsync();
            }
        }
    }
}
