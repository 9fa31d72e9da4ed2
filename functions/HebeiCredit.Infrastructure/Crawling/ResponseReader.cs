using System.Buffers;
using System.IO.Compression;

namespace HebeiCredit.Infrastructure.Crawling;

/// <summary>
/// Reads a response body, undoing its Content-Encoding itself and stopping at the size cap, so that neither an
/// endless body nor a small gzip that inflates to gigabytes is ever held in memory beyond the cap.
/// </summary>
internal static class ResponseReader
{
    public static async Task<(byte[] Bytes, bool Complete)> ReadAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        var encodings = content.Headers.ContentEncoding.Where(e => !e.Equals("identity", StringComparison.OrdinalIgnoreCase)).ToArray();
        if (content.Headers.ContentLength > maxBytes)
        {
            // The cap is on the decoded page; a body already longer on the wire decodes longer still
            // (compression only ever adds a few bytes of framing to data it cannot shrink).
            return ([], false);
        }

        await using var raw = await content.ReadAsStreamAsync(cancellationToken);
        var decoded = raw;
        foreach (var encoding in encodings.Reverse())
        {
            decoded = encoding.ToLowerInvariant() switch
            {
                "gzip" or "x-gzip" => new GZipStream(decoded, CompressionMode.Decompress),
                "deflate" => new ZLibStream(decoded, CompressionMode.Decompress),
                "br" => new BrotliStream(decoded, CompressionMode.Decompress),
                _ => throw new InvalidDataException($"Unsupported Content-Encoding '{encoding}'"),
            };
        }

        await using var _ = decoded;
        // Sized for the usual case, a body as long as its Content-Length; the read buffer is pooled (one per page otherwise).
        using var buffer = new MemoryStream(encodings.Length == 0 && content.Headers.ContentLength is { } length ? (int)length : 0);
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await decoded.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    buffer.Write(chunk, 0, maxBytes - (int)buffer.Length);
                    return (buffer.ToArray(), false);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return (buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray(), true);
    }
}
