using System.Text;
using System.Text.Unicode;
using HebeiCredit.Infrastructure.Uploads.Reading;

namespace HebeiCredit.Infrastructure.Uploads.Streaming;

/// <summary>
/// A delimited text file's format and header, when the file can be read in pieces: its first line (after a byte
/// order mark) is the header, with no quote and no lone carriage return, so that the production reader's first
/// record is exactly that line; and the encoding is UTF-8 or GB18030, where a line feed byte always ends a line.
/// </summary>
/// <param name="Header">The header line's bytes (no byte order mark), line feed included: put in front of a piece
/// of the file, it makes the piece readable as a file of its own.</param>
/// <param name="DataOffset">Where the line after the header starts.</param>
internal sealed record CsvFileHead(CsvFormat Format, byte[] Header, long DataOffset, IReadOnlyList<string> Headers)
{
    /// <summary>The head of the file, or null when it must be read in one stream by the production reader.</summary>
    public static async Task<CsvFileHead?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(path);
        var head = new byte[TextEncodingSniffer.SniffBytes];
        int length;
        await using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1))
        {
            length = await file.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        }

        if (length == 0 || Path.GetExtension(path).ToLowerInvariant() is not (".csv" or ".txt"))
        {
            return null;
        }

        var format = CsvFormat.Sniff(name, head.AsSpan(0, length), complete: length < head.Length);
        var text = head.AsSpan(format.BomLength, length - format.BomLength);
        var feed = text.IndexOf((byte)'\n');
        if (format.Encoding.CodePage is not (65001 or 54936) || feed < 0)
        {
            return null;
        }

        var line = text[..feed];
        if (line.EndsWith((byte)'\r'))
        {
            line = line[..^1];
        }

        if (line.Contains((byte)'"') || line.Contains((byte)'\r'))
        {
            return null;
        }

        var header = text[..(feed + 1)].ToArray();
        var dataOffset = format.BomLength + feed + 1;
        if (format.IsUtf8)
        {
            // Read as CsvHelper would read it (the line has no quote), without starting CsvHelper for one line.
            if (!Utf8.IsValid(line))
            {
                return null;
            }

            var cells = QuoteFreeLine.Cells(Encoding.UTF8.GetString(line), format.Delimiter);
            return UploadReader.IsBlank(cells) ? null : new CsvFileHead(format, header, dataOffset, cells.Select(c => c?.Trim() ?? string.Empty).ToList());
        }

        try
        {
            await using var table = await UploadReader.OpenTextAsync(name, new MemoryStream(header, writable: false), format, 0, cancellationToken);
            return new CsvFileHead(format, header, dataOffset, table.Headers);
        }
        catch (Exception e) when (e is UploadFormatException or DecoderFallbackException)
        {
            // A blank or undecodable first line: the whole file goes to the production reader, which says why.
            return null;
        }
    }
}
