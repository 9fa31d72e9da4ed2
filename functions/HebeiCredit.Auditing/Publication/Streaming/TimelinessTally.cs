using System.Runtime.CompilerServices;
using HebeiCredit.Auditing.Calendar;
using HebeiCredit.Auditing.Policies;
using HebeiCredit.Auditing.Publication.Audit;
using HebeiCredit.Auditing.Publication.Records;
using HebeiCredit.Auditing.Publication.Sources;

namespace HebeiCredit.Auditing.Publication.Streaming;

/// <summary>
/// The PUB-LATE / PUB-MISSING counts of one unit over ledgers and platform exports too large to hold as records:
/// every platform record first, folded into a compact index (decision key -> earliest receipt), then every ledger
/// record, judged as it streams by <see cref="DeadlineJudge"/>, the rule the whole-unit audit applies. Decisions
/// match as in <see cref="Matching.DecisionMatcher"/> (normalised 文书号 + authority) and take the same dates
/// (the first ledger record's decision date, else the first platform record's; the earliest receipt), so the
/// counts are those of <see cref="PublicationAudit.Evaluate"/> over the same ledger and platform records.
/// </summary>
/// <remarks>
/// Records (<see cref="AddLedger(PublicationRecord)"/>) and projected rows (<see cref="AddLedger(in TimelinessRow)"/>)
/// go through the same entry, so a reader may mix them. <see cref="AuthorityId(ReadOnlySpan{char})"/> and
/// <see cref="Hash"/> may be called from reader threads; everything else from one thread, in file order.
/// Not covered: a record without an authority (PUB-INVALID-FIELD already), which the matcher joins to the only
/// authority of its 文书号 only once all records are known; it is counted in
/// <see cref="TimelinessCounts.WithoutAuthority"/> and left out. Sources and published records (瞒报, 重复公示) are
/// not part of the tally.
/// </remarks>
public sealed class TimelinessTally
{
    private const int NoDate = TimelinessRow.NoDate;
    private const int DeadlineMemoLimit = 1 << 16;

    private readonly string _unit;
    private readonly DeadlinePolicy _policy;
    private readonly WorkingCalendar _calendar;
    private readonly DateOnly _today;
    private readonly DecisionKeyTable _keys;
    private readonly AuthorityIds _authorities = new();
    private readonly Dictionary<(int Authority, DecisionKind Kind, int Day), DecisionDeadline> _deadlines = [];

    // Per decision (by key number): earliest receipt and first platform decision date as day numbers, and flags.
    private int[] _received;
    private int[] _platformDecided;
    private byte[] _flags;

    private bool _ledgerStarted;
    private long _ledgerRows, _platformRows, _withoutDocument, _withoutAuthority;
    private long _onTime, _late, _lateWorkingDays, _missing, _pending, _unjudged;

    /// <param name="expectedDecisions">A capacity hint (e.g. the platform rows expected) that spares regrowing.</param>
    public TimelinessTally(string unit, DeadlinePolicy policy, WorkingCalendar calendar, DateOnly today, int expectedDecisions = 0)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(calendar);
        _unit = unit;
        _policy = policy;
        _calendar = calendar;
        _today = today;
        _keys = new DecisionKeyTable(expectedDecisions);
        var capacity = Math.Max(expectedDecisions, 16);
        _received = new int[capacity];
        _platformDecided = new int[capacity];
        _flags = new byte[capacity];
    }

    [Flags]
    private enum State : byte
    {
        Reported = 1,
        InLedger = 2,
        Judged = 4,
        LeadIsPenalty = 8,
        HasLead = 16,
    }

    /// <summary>The hash a <see cref="TimelinessRow"/> carries for its key and authority.</summary>
    public static int Hash(ReadOnlySpan<char> key, int authority) => DecisionKeyTable.Hash(key, authority);

    /// <summary>The id of a deciding authority as a row writes it (trimmed, no BOM); negative when it names none.</summary>
    public int AuthorityId(ReadOnlySpan<char> written) => _authorities.Find(written);

    /// <summary>
    /// Brings the index slot of a row's key into the cache ahead of <see cref="AddLedger(in TimelinessRow)"/> or
    /// <see cref="AddPlatform(in TimelinessRow)"/>; worth it for a batch of rows at a time on a large index. Returns
    /// what it read, for the caller to keep the read from being optimised away.
    /// </summary>
    public int Touch(int keyHash) => _keys.Touch(keyHash);

    /// <summary>A platform record; every one must come before the first ledger record.</summary>
    public void AddPlatform(PublicationRecord record) => AddPlatform(Project(record, UploadKind.Platform));

    /// <summary>A ledger record: judged now when it is its decision's first ledger record with a decision date.</summary>
    public void AddLedger(PublicationRecord record)
    {
        _ledgerStarted = true;
        AddLedger(Project(record, UploadKind.Ledgers));
    }

    /// <summary>A platform row; every one must come before the first ledger row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddPlatform(in TimelinessRow row)
    {
        if (_ledgerStarted)
        {
            throw new InvalidOperationException("Platform records must all be added before the first ledger record.");
        }

        if (Place(row) is not { } entry)
        {
            return;
        }

        _platformRows++;
        var state = (State)_flags[entry] | State.Reported;
        if (!state.HasFlag(State.HasLead))
        {
            state = Lead(state, row.Kind);
        }

        if (row.ReceivedOn != NoDate && (_received[entry] == NoDate || row.ReceivedOn < _received[entry]))
        {
            _received[entry] = row.ReceivedOn;
        }

        if (row.DecidedOn != NoDate && _platformDecided[entry] == NoDate)
        {
            _platformDecided[entry] = row.DecidedOn;
        }

        _flags[entry] = (byte)state;
    }

    /// <summary>A ledger row: judged now when it is its decision's first ledger row with a decision date.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddLedger(in TimelinessRow row)
    {
        _ledgerStarted = true;
        if (Place(row) is not { } entry)
        {
            return;
        }

        _ledgerRows++;
        var state = (State)_flags[entry];
        if (!state.HasFlag(State.InLedger))
        {
            // The ledger's first record leads the decision, before any platform record.
            state = Lead(state, row.Kind) | State.InLedger;
        }

        if (!state.HasFlag(State.Judged) && row.DecidedOn != NoDate)
        {
            Judge(entry, state, DateOnly.FromDayNumber(row.DecidedOn));
            state |= State.Judged;
        }

        _flags[entry] = (byte)state;
    }

    /// <summary>Judges what the ledger did not (platform-only decisions, ledger records without a date) and counts.</summary>
    public TimelinessCounts Finish()
    {
        for (var entry = 0; entry < _keys.Count; entry++)
        {
            var state = (State)_flags[entry];
            if (state.HasFlag(State.Judged))
            {
                continue;
            }

            if (_platformDecided[entry] == NoDate)
            {
                _unjudged++;
            }
            else
            {
                Judge(entry, state, DateOnly.FromDayNumber(_platformDecided[entry]));
            }

            _flags[entry] = (byte)(state | State.Judged);
        }

        return new TimelinessCounts(
            _ledgerRows, _platformRows, _keys.Count, _onTime, _late, _lateWorkingDays, _missing, _pending, _unjudged, _withoutDocument, _withoutAuthority);
    }

    private static State Lead(State state, DecisionKind kind) =>
        (state & ~State.LeadIsPenalty) | State.HasLead | (kind == DecisionKind.Penalty ? State.LeadIsPenalty : 0);

    private void Judge(int entry, State state, DateOnly decided)
    {
        var kind = state.HasFlag(State.LeadIsPenalty) ? DecisionKind.Penalty : DecisionKind.Licensing;
        var reported = state.HasFlag(State.Reported);
        DateOnly? receipt = _received[entry] == NoDate ? null : DateOnly.FromDayNumber(_received[entry]);
        var judged = DeadlineJudge.Judge(Deadline(kind, _keys.AuthorityOf(entry), decided), reported, receipt, _calendar, _today);
        switch (judged.Status)
        {
            case Timeliness.OnTime:
                _onTime++;
                break;
            case Timeliness.Late:
                _late++;
                _lateWorkingDays += judged.LateWorkingDays ?? 0;
                break;
            case Timeliness.Missing:
                _missing++;
                break;
            case Timeliness.Pending:
                _pending++;
                break;
            default:
                _unjudged++;
                break;
        }
    }

    // The deadline depends on the kind, authority and decision date only, and the same few recur row after row.
    private DecisionDeadline Deadline(DecisionKind kind, int authority, DateOnly decided)
    {
        var key = (authority, kind, decided.DayNumber);
        if (!_deadlines.TryGetValue(key, out var deadline))
        {
            deadline = DeadlineJudge.Deadline(kind, _authorities.NameOf(authority), decided, _policy, _calendar);
            if (_deadlines.Count < DeadlineMemoLimit)
            {
                _deadlines[key] = deadline;
            }
        }

        return deadline;
    }

    private TimelinessRow Project(PublicationRecord record, UploadKind expected)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Source != expected)
        {
            throw new ArgumentException($"Record {record.File}#{record.Row} is from {record.Source}, not {expected}.", nameof(record));
        }

        if (!string.Equals(record.Unit, _unit, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Record {record.File}#{record.Row} belongs to unit {record.Unit}, not {_unit}.", nameof(record));
        }

        var key = record.Document?.Key ?? string.Empty;
        var authority = key.Length == 0 ? -1 : _authorities.Find(record.Authority);
        return new TimelinessRow(
            key,
            key.Length == 0 || authority < 0 ? 0 : Hash(key, authority),
            authority,
            record.DecisionDate?.DayNumber ?? NoDate,
            record.ReportedOn?.DayNumber ?? NoDate,
            record.Kind);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int? Place(in TimelinessRow row)
    {
        if (row.Key.IsEmpty)
        {
            _withoutDocument++;
            return null;
        }

        if (row.Authority < 0)
        {
            _withoutAuthority++;
            return null;
        }

        var entry = _keys.FindOrAdd(row.Key, row.Authority, row.KeyHash, out var added);
        if (added)
        {
            if (entry == _flags.Length)
            {
                var capacity = _flags.Length * 2;
                Array.Resize(ref _received, capacity);
                Array.Resize(ref _platformDecided, capacity);
                Array.Resize(ref _flags, capacity);
            }

            _received[entry] = NoDate;
            _platformDecided[entry] = NoDate;
            _flags[entry] = 0;
        }

        return entry;
    }
}
