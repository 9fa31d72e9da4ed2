using System.Runtime.CompilerServices;

namespace HebeiCredit.Auditing.Publication.Streaming;

/// <summary>
/// A compact set of decision keys (normalised 文书号 + authority id) numbering each key 0, 1, 2… in the order added.
/// Ten million keys as .NET strings in a Dictionary cost over a gigabyte; here the characters sit back to back in
/// 2 MB chunks and the table holds only ints (about 50 bytes a key with the usual 20-character 文书号).
/// </summary>
internal sealed class DecisionKeyTable
{
    private const int ChunkBits = 20;
    private const int ChunkChars = 1 << ChunkBits;
    private const int ChunkMask = ChunkChars - 1;

    // Header of a stored key: its length and the two halves of the authority id.
    private const int HeaderChars = 3;

    // Longer keys (a pasted paragraph in the 文书号 cell) go to an ordinary dictionary, so a chunk always fits a key.
    private const int MaxInlineChars = 4096;

    private readonly List<char[]> _chunks = [];
    private readonly Dictionary<(string Key, int Authority), int> _long = [];
    private int _chunkUsed = ChunkChars;
    private int[] _slots;
    private int[] _hashes;
    private int[] _keyRefs;

    public DecisionKeyTable(int expectedKeys)
    {
        var slots = 16;
        while (slots * 3L / 4 < Math.Max(expectedKeys, 1))
        {
            slots *= 2;
        }

        _slots = new int[slots];
        _hashes = new int[Math.Max(expectedKeys, 16)];
        _keyRefs = new int[_hashes.Length];
    }

    public int Count { get; private set; }

    public static int Hash(ReadOnlySpan<char> key, int authority) =>
        HashCode.Combine(string.GetHashCode(key, StringComparison.Ordinal), authority);

    /// <summary>
    /// Reads the slot <see cref="FindOrAdd(ReadOnlySpan{char}, int, int, out bool)"/> will start at for a hash. Done for
    /// a few hundred keys ahead, the cache misses of a table far larger than the cache overlap instead of coming one by one.
    /// </summary>
    public int Touch(int hash) => _slots[hash & (_slots.Length - 1)];

    /// <summary>The number of the key, adding it when new (<paramref name="added"/>).</summary>
    public int FindOrAdd(ReadOnlySpan<char> key, int authority, out bool added) => FindOrAdd(key, authority, Hash(key, authority), out added);

    /// <param name="hash"><see cref="Hash"/> of the key and authority, computed ahead.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int FindOrAdd(ReadOnlySpan<char> key, int authority, int hash, out bool added)
    {
        if (key.Length > MaxInlineChars)
        {
            var longKey = (key.ToString(), authority);
            added = !_long.TryGetValue(longKey, out var number);
            if (added)
            {
                number = Append(0, -1);
                _long[longKey] = number;
            }

            return number;
        }

        var mask = _slots.Length - 1;
        var slot = hash & mask;
        while (_slots[slot] != 0)
        {
            var candidate = _slots[slot] - 1;
            if (_hashes[candidate] == hash && _keyRefs[candidate] >= 0 && Equals(_keyRefs[candidate], key, authority))
            {
                added = false;
                return candidate;
            }

            slot = (slot + 1) & mask;
        }

        added = true;
        var entry = Append(hash, Store(key, authority));
        _slots[slot] = entry + 1;
        if (Count > _slots.Length * 3L / 4)
        {
            Grow();
        }

        return entry;
    }

    /// <summary>The authority id a key was added with.</summary>
    public int AuthorityOf(int entry)
    {
        var keyRef = _keyRefs[entry];
        if (keyRef < 0)
        {
            foreach (var (key, number) in _long)
            {
                if (number == entry)
                {
                    return key.Authority;
                }
            }
        }

        var chunk = _chunks[keyRef >> ChunkBits];
        var start = keyRef & ChunkMask;
        return chunk[start + 1] | (chunk[start + 2] << 16);
    }

    private int Append(int hash, int keyRef)
    {
        if (Count == _hashes.Length)
        {
            Array.Resize(ref _hashes, _hashes.Length * 2);
            Array.Resize(ref _keyRefs, _keyRefs.Length * 2);
        }

        _hashes[Count] = hash;
        _keyRefs[Count] = keyRef;
        return Count++;
    }

    private int Store(ReadOnlySpan<char> key, int authority)
    {
        var needed = key.Length + HeaderChars;
        if (_chunkUsed + needed > ChunkChars)
        {
            _chunks.Add(new char[ChunkChars]);
            _chunkUsed = 0;
        }

        var chunk = _chunks[^1];
        var start = _chunkUsed;
        chunk[start] = (char)key.Length;
        chunk[start + 1] = (char)(authority & 0xFFFF);
        chunk[start + 2] = (char)((uint)authority >> 16);
        key.CopyTo(chunk.AsSpan(start + HeaderChars));
        _chunkUsed += needed;
        return ((_chunks.Count - 1) << ChunkBits) | start;
    }

    private bool Equals(int keyRef, ReadOnlySpan<char> key, int authority)
    {
        var chunk = _chunks[keyRef >> ChunkBits];
        var start = keyRef & ChunkMask;
        return chunk[start] == key.Length
            && (chunk[start + 1] | (chunk[start + 2] << 16)) == authority
            && chunk.AsSpan(start + HeaderChars, key.Length).SequenceEqual(key);
    }

    private void Grow()
    {
        var slots = new int[_slots.Length * 2];
        var mask = slots.Length - 1;
        for (var entry = 0; entry < Count; entry++)
        {
            if (_keyRefs[entry] < 0)
            {
                continue;
            }

            var slot = _hashes[entry] & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = entry + 1;
        }

        _slots = slots;
    }
}
