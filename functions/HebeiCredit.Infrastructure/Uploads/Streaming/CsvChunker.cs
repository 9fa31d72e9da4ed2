using System.Buffers;

namespace HebeiCredit.Infrastructure.Uploads.Streaming;

/// <summary>
/// Cuts the lines after a file's header into chunks of whole lines so that several readers can read them at once.
/// A cut is made only at a line feed, and only while no quote character has been seen: once one appears, a quoted
/// field may hold a line feed, so the rest of the file is marked to be read in one stream and the production
/// reader's quoting rules hold. Line feeds never occur inside a UTF-8 or GB18030 character, so none is cut.
/// Not thread-safe: one caller at a time.
/// </summary>
internal sealed class CsvChunker : IDisposable
{
    private readonly FileStream _file;
    private readonly int _chunkBytes;
    private byte[] _carry = [];
    private long _offset;
    private int _rowsBefore;
    private bool _done;

    public CsvChunker(string path, CsvFileHead head, int chunkBytes)
    {
        _file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan) { Position = head.DataOffset };
        _offset = head.DataOffset;
        _chunkBytes = chunkBytes;
    }

    /// <summary>The next chunk (its bytes pooled), the mark that the rest must be read in one stream, or null at the end.</summary>
    public CsvChunk? Next()
    {
        if (_done)
        {
            return null;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(_carry.Length + _chunkBytes);
        _carry.CopyTo(buffer, 0);
        var read = _file.ReadAtLeast(buffer.AsSpan(_carry.Length, _chunkBytes), _chunkBytes, throwOnEndOfStream: false);
        var data = buffer.AsSpan(0, _carry.Length + read);
        _done = read < _chunkBytes;
        var cut = _done ? data.Length : data.LastIndexOf((byte)'\n') + 1;
        if (data.IsEmpty)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            return null;
        }

        // No line feed in a whole chunk (one line longer than a chunk), or a quote: the rest in one piece.
        if (cut == 0 || data[..cut].Contains((byte)'"'))
        {
            ArrayPool<byte>.Shared.Return(buffer);
            _done = true;
            return new CsvChunk(null, 0, _offset, _rowsBefore);
        }

        _carry = data[cut..].ToArray();
        var chunk = new CsvChunk(buffer, cut, _offset, _rowsBefore);
        _offset += cut;
        _rowsBefore += data[..cut].Count((byte)'\n');
        return chunk;
    }

    public void Dispose() => _file.Dispose();
}
