using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using CsvHelper;
using HebeiCredit.Auditing.Publication.Sources;

namespace HebeiCredit.Infrastructure.Uploads.Reading;

/// <summary>
/// The records of a delimited text file, header included, through CsvHelper's reader: RFC 4180 quoting (a quoted
/// field may hold delimiters and newlines), comma or tab as the header line shows, ragged rows passed on with the
/// cells they have. Row numbers count records as a spreadsheet shows them: a newline inside quotes does not start a
/// row, a blank line does (and is then skipped).
/// </summary>
internal static class CsvRecords
{
    /// <summary>16 MiB: no honest record is longer; an unclosed quote otherwise reads to the end of the file.</summary>
    private const int MaxRecordBytes = 16 * 1024 * 1024;

    public static async IAsyncEnumerable<SourceRow> ReadAsync(string file, Stream content, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var head = new byte[TextEncodingSniffer.SniffBytes];
        var length = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        if (length == 0)
        {
            throw new UploadFormatException(file, $"文件“{file}”是空的（0 字节）。");
        }

        var format = CsvFormat.Sniff(file, head.AsSpan(0, length), complete: length < head.Length);
        await foreach (var row in ReadAsync(file, new ReplayStream(head, format.BomLength, length, content), format, 0, cancellationToken))
        {
            yield return row;
        }
    }

    /// <summary>
    /// The records of a file, or of a piece of one, whose format is known: <paramref name="text"/> starts after the
    /// byte order mark; <paramref name="rowsBefore"/> is added to every row number (the piece's place in its file).
    /// </summary>
    public static async IAsyncEnumerable<SourceRow> ReadAsync(
        string file, Stream text, CsvFormat format, int rowsBefore, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (encoding, encodingName, delimiter) = (format.Encoding, format.EncodingName, format.Delimiter);
        var options = new CsvReaderOptions
        {
            Separator = delimiter,
            HasHeader = false,
            Mode = CsvMode.Rfc4180,
            // Blank lines come through so that they still count as rows; they are skipped below.
            SkipEmptyLines = false,
            // A stray quote is data, not a reason to stop: the row's fields are checked later.
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            // An unclosed quote near the top must not swallow a gigabyte into one record.
            MaxRecordSize = MaxRecordBytes,
            PoolStrings = false,
        };

        var checkedLines = encoding.CodePage is 65001 or 54936 ? new CheckedLineReader(text, encoding, MaxRecordBytes) : null;
        var reader = (TextReader?)checkedLines ?? new StreamReader(text, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 16 * 1024);
        await using var csv = CsvReader.Create(reader, options, leaveOpen: false);
        var row = rowsBefore;
        while (true)
        {
            bool more;
            try
            {
                more = await csv.ReadAsync(cancellationToken);
            }
            catch (Exception e) when (e is DecoderFallbackException || e.InnerException is DecoderFallbackException)
            {
                // UTF-16 only (the others go through CheckedLineReader): the bad bytes are somewhere after the last good row.
                var where = row == rowsBefore ? $"文件“{file}”中" : $"文件“{file}”第 {row} 行之后";
                throw new UploadFormatException(
                    file, $"{where}有不能按 {encodingName} 解码的字节：文件可能混用了多种编码，请整体另存为 UTF-8 或 GBK 后重新上传。", inner: e);
            }
            catch (CsvFormatException e)
            {
                // With malformed quoting recovered and ragged rows allowed, only an oversized record throws.
                throw new UploadFormatException(
                    file, $"文件“{file}”第 {row + 1} 行起的一条记录超过 {MaxRecordBytes / 1024 / 1024} MB，无法按 CSV 读取：可能有引号没有闭合。", row + 1, e);
            }

            if (!more)
            {
                if (checkedLines?.Failure is { } failure)
                {
                    // The text ended at the start of the bad line: it is the next record, or the last one when it
                    // continues a quoted field.
                    throw Undecodable(file, failure.InQuotes ? Math.Max(row, 1) : row + 1, failure.Problem, encodingName);
                }

                yield break;
            }

            row++;
            var cells = new string?[csv.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = csv.IsEmpty(i) ? null : csv.GetString(i);
            }

            if (!UploadReader.IsBlank(cells))
            {
                yield return UploadReader.Row(row, cells);
            }
        }
    }

    private static UploadFormatException Undecodable(string file, int row, DecodingProblem problem, string encodingName) => problem switch
    {
        DecodingProblem.Utf8InGbk => new UploadFormatException(
            file, $"文件“{file}”第 {row} 行是 UTF-8 编码，而文件开头是 GB18030（GBK）编码：文件混用了多种编码，请整体另存为 UTF-8 或 GBK 后重新上传。", row),
        DecodingProblem.LineTooLong => new UploadFormatException(
            file, $"文件“{file}”第 {row} 行起的一条记录超过 {MaxRecordBytes / 1024 / 1024} MB，无法按 CSV 读取：可能有引号没有闭合。", row),
        _ => new UploadFormatException(
            file, $"文件“{file}”第 {row} 行有不能按 {encodingName} 解码的字节：文件混用了多种编码，请整体另存为 UTF-8 或 GBK 后重新上传。", row),
    };
}
