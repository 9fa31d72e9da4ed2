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
/// Not covered: a record without an authority (PUB-INVALID-FIELD already), which the matcher joins to the only
/// authority of its 文书号 only once all records are known; it is counted in
/// <see cref="TimelinessCounts.WithoutAuthority"/> and left out. Sources and published records (瞒报, 重复公示) are
/// not part of the tally.
/// </remarks>
internal sealed class TimelinessTally
{
    private const int NoDate = -1;
    private const int AuthorityMemoLimit = 1 << 16;

    private readonly string _unit;
    private readonly DeadlinePolicy _policy;
    private readonly WorkingCalendar _calendar;
    private readonly DateOnly _today;
    private readonly DecisionKeyTable _keys;
    private readonly Dictionary<string, int> _authorityIds = new(StringComparer.Ordinal);
    private readonly List<string> _authorities = [];
    private readonly Dictionary<string, int> _rawAuthorityIds = new(StringComparer.Ordinal);

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

    /// <summary>A platform record; every one must come before the first ledger record.</summary>
    public void AddPlatform(PublicationRecord record)
    {
        if (_ledgerStarted)
        {
            throw new InvalidOperationException("Platform records must all be added before the first ledger record.");
        }

        if (Place(record, UploadKind.Platform) is not { } entry)
        {
            return;
        }

        _platformRows++;
        var state = (State)_flags[entry] | State.Reported;
        if (!state.HasFlag(State.HasLead))
        {
            state = Lead(state, record.Kind);
        }

        if (record.ReportedOn is { } received && (_received[entry] == NoDate || received.DayNumber < _received[entry]))
        {
            _received[entry] = received.DayNumber;
        }

        if (record.DecisionDate is { } decided && _platformDecided[entry] == NoDate)
        {
            _platformDecided[entry] = decided.DayNumber;
        }

        _flags[entry] = (byte)state;
    }

    /// <summary>A ledger record: judged now when it is its decision's first ledger record with a decision date.</summary>
    public void AddLedger(PublicationRecord record)
    {
        _ledgerStarted = true;
        if (Place(record, UploadKind.Ledgers) is not { } entry)
        {
            return;
        }

        _ledgerRows++;
        var state = (State)_flags[entry];
        if (!state.HasFlag(State.InLedger))
        {
            // The ledger's first record leads the decision, before any platform record.
            state = Lead(state, record.Kind) | State.InLedger;
        }

        if (!state.HasFlag(State.Judged) && record.DecisionDate is { } decided)
        {
            Judge(entry, state, decided);
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
        var judged = DeadlineJudge.Judge(kind, _authorities[_keys.AuthorityOf(entry)], decided, reported, receipt, _policy, _calendar, _today);
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

    private int? Place(PublicationRecord record, UploadKind expected)
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

        if (record.Document is not { Key.Length: > 0 } document)
        {
            _withoutDocument++;
            return null;
        }

        if (AuthorityId(record.Authority) is not { } authority)
        {
            _withoutAuthority++;
            return null;
        }

        var entry = _keys.FindOrAdd(document.Key, authority, out var added);
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

    // AuthorityNames.Normalize (NFKC) costs more than the rest of a row; the same few names recur, so remember them.
    private int? AuthorityId(string? raw)
    {
        if (raw is null)
        {
            return null;
        }

        if (_rawAuthorityIds.TryGetValue(raw, out var known))
        {
            return known < 0 ? null : known;
        }

        var id = AuthorityNames.Normalize(raw) is { } name ? Intern(name) : -1;
        if (_rawAuthorityIds.Count < AuthorityMemoLimit)
        {
            _rawAuthorityIds[raw] = id;
        }

        return id < 0 ? null : id;
    }

    private int Intern(string name)
    {
        if (!_authorityIds.TryGetValue(name, out var id))
        {
            id = _authorities.Count;
            _authorityIds[name] = id;
            _authorities.Add(name);
        }

        return id;
    }
}
