using System.Text;

namespace HebeiCredit.Infrastructure.Uploads.Reading;

/// <summary>
/// How a delimited text file is read, decided once from its first 64 KB: the encoding (<see cref="TextEncodingSniffer"/>),
/// the byte order mark to skip and the delimiter. A file read in pieces reads every piece with its file's format.
/// </summary>
/// <param name="EncodingName">The encoding's name as messages give it.</param>
internal sealed record CsvFormat(Encoding Encoding, int BomLength, string EncodingName, char Delimiter)
{
    public bool IsUtf8 => Encoding.CodePage == 65001;

    /// <param name="head">The file's first bytes, up to <see cref="TextEncodingSniffer.SniffBytes"/>.</param>
    /// <param name="complete">The head is the whole file.</param>
    public static CsvFormat Sniff(string file, ReadOnlySpan<byte> head, bool complete)
    {
        var (encoding, bomLength, name) = TextEncodingSniffer.Sniff(head, complete);
        return new CsvFormat(encoding, bomLength, name, SniffDelimiter(file, head[bomLength..], encoding));
    }

    /// <summary>Tab when the first line has more tabs than commas; comma otherwise.</summary>
    private static char SniffDelimiter(string file, ReadOnlySpan<byte> head, Encoding encoding)
    {
        string sample;
        try
        {
            // The sample may end inside a character: decode leniently, only the first line matters here.
            sample = Encoding.GetEncoding(encoding.CodePage).GetString(head);
        }
        catch (ArgumentException e)
        {
            throw new UploadFormatException(file, $"文件“{file}”无法按文本读取：{e.Message}", inner: e);
        }

        var firstLine = sample.AsSpan().TrimStart("\r\n");
        var end = firstLine.IndexOfAny('\r', '\n');
        if (end >= 0)
        {
            firstLine = firstLine[..end];
        }

        return firstLine.Count('\t') > firstLine.Count(',') ? '\t' : ',';
    }
}
