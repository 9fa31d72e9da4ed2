using HebeiCredit.Auditing.Publication.Sources;

namespace HebeiCredit.Infrastructure.Uploads.Reading;

/// <summary>
/// Opens an uploaded file as a table, by its extension: .csv and .txt as delimited text, .xlsx as a workbook.
/// Nothing is loaded whole: rows are read as they are enumerated.
/// </summary>
public static class UploadReader
{
    public static readonly IReadOnlyList<string> Extensions = [".csv", ".txt", ".xlsx"];

    public static bool IsSupported(string file) => Extensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads the header (the first non-blank row) and returns the table positioned on the data rows.</summary>
    /// <exception cref="UploadFormatException">The file cannot be read as a table; the message says why, in Chinese.</exception>
    public static async Task<UploadTable> OpenAsync(string file, Stream content, UploadReadOptions? options, CancellationToken cancellationToken)
    {
        options ??= UploadReadOptions.Default;
        var extension = Path.GetExtension(file).ToLowerInvariant();
        var (records, owner) = extension switch
        {
            ".csv" or ".txt" => (CsvRecords.ReadAsync(file, content, cancellationToken).GetAsyncEnumerator(cancellationToken), (IAsyncDisposable?)null),
            ".xlsx" => await XlsxRecords.OpenAsync(file, content, options, cancellationToken),
            _ => throw new UploadFormatException(file, UnsupportedMessage(file)),
        };

        return await OpenAsync(file, records, owner);
    }

    /// <summary>
    /// Opens a piece of a delimited text file whose format is known: its header line, then some of its lines, the
    /// first of which is row <paramref name="rowsBefore"/> + 2 of the file (see <see cref="CsvRecords"/>).
    /// </summary>
    internal static Task<UploadTable> OpenTextAsync(string file, Stream text, CsvFormat format, int rowsBefore, CancellationToken cancellationToken) =>
        OpenAsync(file, CsvRecords.ReadAsync(file, text, format, rowsBefore, cancellationToken).GetAsyncEnumerator(cancellationToken), null);

    private static async Task<UploadTable> OpenAsync(string file, IAsyncEnumerator<SourceRow> records, IAsyncDisposable? owner)
    {
        try
        {
            if (!await records.MoveNextAsync())
            {
                throw new UploadFormatException(file, $"文件“{file}”没有表头行：文件是空的，或只有空行。");
            }

            return new UploadTable(file, records.Current, records, owner);
        }
        catch
        {
            await records.DisposeAsync();
            if (owner is not null)
            {
                await owner.DisposeAsync();
            }

            throw;
        }
    }

    public static string UnsupportedMessage(string file) =>
        $"文件“{file}”的类型不受支持：请上传 .csv、.txt（逗号或制表符分隔）或 .xlsx 文件。";

    internal static bool IsBlank(IReadOnlyList<string?> cells)
    {
        // Once per row of every upload: an indexed loop, no enumerator or delegate.
        for (var i = 0; i < cells.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(cells[i]))
            {
                return false;
            }
        }

        return true;
    }

    internal static SourceRow Row(int number, IReadOnlyList<string?> cells) => new(number, cells);
}
