namespace HebeiCredit.Auditing.Findings;

/// <summary>
/// What a finding rests on: a page (URL, snapshot blob and the page's SHA-256, fetch time), or a record in an uploaded
/// file (file, row, field). Unused parts stay null. A crawl's snapshot blob is its evidence pack (….zip), which holds
/// the page as the entry named by its SHA-256; evidence stored before packs names a single-page blob.
/// </summary>
public sealed record Evidence(
    string Description,
    Uri? Url = null,
    string? SnapshotBlob = null,
    string? Sha256 = null,
    DateTimeOffset? ObservedAt = null,
    string? File = null,
    int? Row = null,
    string? Field = null)
{
    /// <summary>The page's place in storage for a reader: "{pack}#{sha256}" inside a pack, else the blob name.</summary>
    public string? SnapshotReference() =>
        SnapshotBlob is { } blob && IsPack(blob) && Sha256 is { Length: > 0 } sha ? $"{blob}#{sha}" : SnapshotBlob;

    public static bool IsPack(string blob) => blob.EndsWith(".zip", StringComparison.Ordinal);
}
