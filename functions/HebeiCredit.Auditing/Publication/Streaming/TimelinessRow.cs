namespace HebeiCredit.Auditing.Publication.Streaming;

/// <summary>
/// What <see cref="TimelinessTally"/> needs of one ledger or platform row, without a record: the 文书号 key, the
/// authority, the two dates and the file's kind. A reader that projects only these cells builds one per row.
/// </summary>
/// <param name="Key">The normalised 文书号 (<see cref="DocumentNumber.Normalize(ReadOnlySpan{char}, Span{char})"/>);
/// empty when the row has none.</param>
/// <param name="KeyHash"><see cref="TimelinessTally.Hash"/> of the key and authority (0 when either is missing), so
/// that a reader thread can compute it and the tally only inserts.</param>
/// <param name="Authority">The id from <see cref="TimelinessTally.AuthorityId(ReadOnlySpan{char})"/>; negative for none.</param>
/// <param name="DecidedOn">The decision date's day number as the row reader would keep it; <see cref="NoDate"/> else.</param>
/// <param name="ReceivedOn">The 报送时间's day number (platform rows); <see cref="NoDate"/> else.</param>
public readonly ref struct TimelinessRow(ReadOnlySpan<char> key, int keyHash, int authority, int decidedOn, int receivedOn, DecisionKind kind)
{
    public const int NoDate = -1;

    public ReadOnlySpan<char> Key { get; } = key;

    public int KeyHash { get; } = keyHash;

    public int Authority { get; } = authority;

    public int DecidedOn { get; } = decidedOn;

    public int ReceivedOn { get; } = receivedOn;

    public DecisionKind Kind { get; } = kind;
}
