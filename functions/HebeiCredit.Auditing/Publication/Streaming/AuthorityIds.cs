using System.Collections.Concurrent;
using HebeiCredit.Auditing.Publication.Records;

namespace HebeiCredit.Auditing.Publication.Streaming;

/// <summary>
/// Numbers deciding authorities by their normalised name (<see cref="AuthorityNames.Normalize"/>), remembering each
/// spelling as written, since NFKC costs more than the rest of a row and the same few spellings recur. Safe to call
/// from several reader threads: a known spelling is a lock-free lookup by its characters.
/// </summary>
internal sealed class AuthorityIds
{
    private const int SpellingLimit = 1 << 16;

    private readonly ConcurrentDictionary<string, int> _spellings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private int _spellingCount;
    private volatile string[] _names = [];

    public AuthorityIds() => _bySpan = _spellings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The id of an authority as written (trimmed); negative when the text names none.</summary>
    public int Find(ReadOnlySpan<char> written) =>
        _bySpan.TryGetValue(written, out var id) ? id : Add(written.ToString());

    public int Find(string? written) =>
        written is null ? -1 : _spellings.TryGetValue(written, out var id) ? id : Add(written);

    public string NameOf(int id) => _names[id];

    private int Add(string written)
    {
        var id = AuthorityNames.Normalize(written) is { } name ? Intern(name) : -1;
        if (Interlocked.Increment(ref _spellingCount) <= SpellingLimit)
        {
            _spellings.TryAdd(written, id);
        }

        return id;
    }

    private int Intern(string name)
    {
        lock (_lock)
        {
            if (!_ids.TryGetValue(name, out var id))
            {
                id = _names.Length;
                _ids[name] = id;
                _names = [.. _names, name];
            }

            return id;
        }
    }
}
