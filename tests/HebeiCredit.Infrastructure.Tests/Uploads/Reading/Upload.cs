using System.Text;
using HebeiCredit.Auditing.Publication.Sources;
using HebeiCredit.Infrastructure.Uploads.Reading;

namespace HebeiCredit.Infrastructure.Tests.Uploads.Reading;

/// <summary>Reads a whole upload for a test, through a stream that cannot seek, like a blob stream.</summary>
internal static class Upload
{
    public static readonly Encoding Gbk;

    static Upload()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Gbk = Encoding.GetEncoding("GBK");
    }

    public static byte[] Bytes(string text, Encoding encoding, bool bom = false) =>
        bom ? [.. encoding.GetPreamble(), .. encoding.GetBytes(text)] : encoding.GetBytes(text);

    public static async Task<(IReadOnlyList<string> Headers, List<SourceRow> Rows)> ReadAsync(string file, byte[] bytes, UploadReadOptions? options = null)
    {
        await using var table = await UploadReader.OpenAsync(file, new ForwardOnlyStream(new MemoryStream(bytes)), options, CancellationToken.None);
        var rows = new List<SourceRow>();
        await foreach (var row in table.Rows)
        {
            rows.Add(row);
        }

        return (table.Headers, rows);
    }

    public static async Task<UploadFormatException> FailAsync(string file, byte[] bytes, UploadReadOptions? options = null) =>
        await Assert.ThrowsAsync<UploadFormatException>(() => ReadAsync(file, bytes, options));
}
