namespace HebeiCredit.Infrastructure.Uploads.Streaming;

/// <summary>
/// The authority ids of the spellings met so far in one chunk, by their bytes: a file names the same few authorities
/// row after row, and comparing a cell's bytes with a handful of earlier cells is cheaper than decoding and hashing it.
/// The same bytes are the same characters, so the id is the one the cell's text would get.
/// </summary>
internal sealed class AuthorityCache(ReadOnlyMemory<byte> chunk)
{
    private const int Capacity = 16;

    private readonly (int Start, int Length, int Id)[] _known = new (int, int, int)[Capacity];
    private int _count;

    public bool TryFind(ReadOnlySpan<byte> cell, out int id)
    {
        var bytes = chunk.Span;
        for (var i = 0; i < _count; i++)
        {
            var (start, length, known) = _known[i];
            if (length == cell.Length && bytes.Slice(start, length).SequenceEqual(cell))
            {
                id = known;
                return true;
            }
        }

        id = -1;
        return false;
    }

    /// <param name="start">Where the cell starts in the chunk.</param>
    public void Add(int start, int length, int id)
    {
        if (_count < Capacity)
        {
            _known[_count++] = (start, length, id);
        }
    }
}
