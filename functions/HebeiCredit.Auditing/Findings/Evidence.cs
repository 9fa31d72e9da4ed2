namespace HebeiCredit.Auditing.Findings;

/// <summary>
/// What a finding rests on: a page (URL, snapshot blob and its SHA-256, fetch time), or a record in an uploaded
/// file (file, row, field). Unused parts stay null.
/// </summary>
public sealed record Evidence(
    string Description,
    Uri? Url = null,
    string? SnapshotBlob = null,
    string? Sha256 = null,
    DateTimeOffset? ObservedAt = null,
    string? File = null,
    int? Row = null,
    string? Field = null);
