using System.Buffers;
using System.Runtime.CompilerServices;

namespace HebeiCredit.Benchmarks.Publication;

/// <summary>
/// Cuts a CSV file into chunks of whole records so that two readers can parse it at once. A cut is made only at a
/// line feed, and only while no quote character has been seen: once one appears, a quoted field may hold a line
/// feed, so the rest of the file goes to one reader in one piece and the production reader's quoting rules hold.
/// Line feeds never occur inside a UTF-8 or GB18030 multi-byte character, so no character is cut.
/// </summary>
internal static class CsvChunker
{
    public static async IAsyncEnumerable<CsvChunk> ReadAsync(string path, int chunkBytes, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var handedOver = false;
        try
        {
            var (header, carry, rowsBefore) = await HeaderAsync(file, cancellationToken);
            var index = 0;
            while (true)
            {
                var buffer = ArrayPool<byte>.Shared.Rent(header.Length + carry.Length + chunkBytes);
                header.CopyTo(buffer, 0);
                carry.CopyTo(buffer, header.Length);
                var start = header.Length;
                var filled = start + carry.Length;
                filled += await file.ReadAtLeastAsync(buffer.AsMemory(filled, chunkBytes), chunkBytes, throwOnEndOfStream: false, cancellationToken);
                var end = filled < start + carry.Length + chunkBytes;
                var data = buffer.AsSpan(start, filled - start);
                if (data.IsEmpty)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    yield break;
                }

                if (data.Contains((byte)'"'))
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    file.Position = file.Position - (filled - start - carry.Length);
                    handedOver = true;
                    yield return new CsvChunk(index, null, 0, new ConcatenatedStream([header, carry], file), rowsBefore);
                    yield break;
                }

                var cut = end ? data.Length : data.LastIndexOf((byte)'\n') + 1;
                if (cut == 0)
                {
                    // No line feed in a whole chunk: one record longer than a chunk; read the rest in one piece.
                    ArrayPool<byte>.Shared.Return(buffer);
                    file.Position = file.Position - (filled - start - carry.Length);
                    handedOver = true;
                    yield return new CsvChunk(index, null, 0, new ConcatenatedStream([header, carry], file), rowsBefore);
                    yield break;
                }

                carry = data[cut..].ToArray();
                var lines = data[..cut].Count((byte)'\n');
                yield return new CsvChunk(index++, buffer, start + cut, null, rowsBefore);
                rowsBefore += lines;
                if (end)
                {
                    yield break;
                }
            }
        }
        finally
        {
            if (!handedOver)
            {
                await file.DisposeAsync();
            }
        }
    }

    /// <summary>The bytes up to the end of the first non-blank line (the header), what followed it, and its row.</summary>
    private static async Task<(byte[] Header, byte[] Carry, int RowsBefore)> HeaderAsync(FileStream file, CancellationToken cancellationToken)
    {
        var head = new byte[64 * 1024];
        var length = await file.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        var text = head.AsSpan(0, length);
        var position = 0;
        var lines = 0;
        while (true)
        {
            var feed = text[position..].IndexOf((byte)'\n');
            if (feed < 0)
            {
                throw new InvalidDataException("No header line ends in the first 64 KB.");
            }

            var line = text.Slice(position, feed);
            position += feed + 1;
            lines++;
            if (!IsBlank(line))
            {
                return (text[..position].ToArray(), text[position..].ToArray(), lines - 1);
            }
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (var b in line)
        {
            if (b is not ((byte)' ' or (byte)'\r' or (byte)'\t' or 0xEF or 0xBB or 0xBF))
            {
                return false;
            }
        }

        return true;
    }
}
