using System.Buffers;
using System.Runtime.CompilerServices;
using HebeiCredit.Auditing.Publication.Records;
using HebeiCredit.Auditing.Publication.Sources;
using HebeiCredit.Auditing.Publication.Streaming;
using HebeiCredit.Auditing.Publication;

namespace HebeiCredit.Infrastructure.Uploads.Streaming;

/// <summary>
/// The rows of one chunk as <see cref="ProjectedChunkReader"/> read them, in file order: projected rows with their
/// keys side by side in one pooled character buffer, and the few rows it left to the production row reader as
/// records. <see cref="NeedsFullReader"/> says the chunk could not be read this way at all.
/// </summary>
internal sealed class ProjectedBatch
{
    public static readonly ProjectedBatch FullReaderNeeded = new(0, 0) { NeedsFullReader = true };

    private ProjectedRow[] _rows;
    private char[] _keys;
    private const int TouchAhead = 256;

    private List<PublicationRecord>? _records;
    private int _touched;

    public ProjectedBatch(int expectedRows, int expectedKeyChars)
    {
        _rows = expectedRows == 0 ? [] : ArrayPool<ProjectedRow>.Shared.Rent(expectedRows);
        _keys = expectedKeyChars == 0 ? [] : ArrayPool<char>.Shared.Rent(expectedKeyChars);
    }

    public bool NeedsFullReader { get; private init; }

    public int Count { get; private set; }

    public int KeyChars { get; private set; }

    public long Records => _records?.Count ?? 0;

    /// <summary>Room for a key of up to <paramref name="length"/> characters after the last one.</summary>
    public Span<char> KeySpace(int length)
    {
        if (KeyChars + length > _keys.Length)
        {
            var keys = ArrayPool<char>.Shared.Rent(Math.Max(_keys.Length * 2, KeyChars + length));
            _keys.AsSpan(0, KeyChars).CopyTo(keys);
            if (_keys.Length > 0)
            {
                ArrayPool<char>.Shared.Return(_keys);
            }

            _keys = keys;
        }

        return _keys.AsSpan(KeyChars, length);
    }

    /// <summary>A projected row whose key was written to <see cref="KeySpace"/>.</summary>
    public void Add(int keyLength, int keyHash, int authority, int decidedOn, int receivedOn)
    {
        Append(new ProjectedRow(KeyChars, keyLength, keyHash, authority, decidedOn, receivedOn, -1));
        KeyChars += keyLength;
    }

    public void Add(PublicationRecord record)
    {
        _records ??= [];
        Append(new ProjectedRow(0, 0, 0, 0, 0, 0, _records.Count));
        _records.Add(record);
    }

    /// <summary>Adds every row to the tally, in order, and gives the buffers back to the pool.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void ApplyTo(TimelinessTally tally, UploadKind kind, DecisionKind decisionKind)
    {
        for (var i = 0; i < Count; i++)
        {
            if (i % TouchAhead == 0)
            {
                Touch(tally, i);
            }

            var row = _rows[i];
            if (row.Record >= 0)
            {
                var record = _records![row.Record];
                if (kind == UploadKind.Platform)
                {
                    tally.AddPlatform(record);
                }
                else
                {
                    tally.AddLedger(record);
                }

                continue;
            }

            var projected = new TimelinessRow(_keys.AsSpan(row.KeyStart, row.KeyLength), row.KeyHash, row.Authority, row.DecidedOn, row.ReceivedOn, decisionKind);
            if (kind == UploadKind.Platform)
            {
                tally.AddPlatform(projected);
            }
            else
            {
                tally.AddLedger(projected);
            }
        }

        Release();
    }

    // The index slots of the next rows, read in one go so that their cache misses overlap (see TimelinessTally.Touch).
    private void Touch(TimelinessTally tally, int from)
    {
        var sum = 0;
        var to = Math.Min(Count, from + TouchAhead);
        for (var i = from; i < to; i++)
        {
            sum += tally.Touch(_rows[i].KeyHash);
        }

        _touched = sum;
    }

    public void Release()
    {
        if (_rows.Length > 0)
        {
            ArrayPool<ProjectedRow>.Shared.Return(_rows);
            _rows = [];
        }

        if (_keys.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_keys);
            _keys = [];
        }
    }

    private void Append(ProjectedRow row)
    {
        if (Count == _rows.Length)
        {
            var rows = ArrayPool<ProjectedRow>.Shared.Rent(Math.Max(_rows.Length * 2, 64));
            _rows.AsSpan(0, Count).CopyTo(rows);
            if (_rows.Length > 0)
            {
                ArrayPool<ProjectedRow>.Shared.Return(_rows);
            }

            _rows = rows;
        }

        _rows[Count++] = row;
    }
}
