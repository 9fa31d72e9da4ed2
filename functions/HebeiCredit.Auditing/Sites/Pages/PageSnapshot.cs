namespace HebeiCredit.Auditing.Sites.Pages;

/// <summary>
/// One page as the crawler saw it: the fetch, where its bytes are kept as evidence, and its decoded HTML
/// (null when the fetch failed or the body was not HTML).
/// </summary>
public sealed record PageSnapshot(Uri Url, FetchOutcome Fetch, string? SnapshotBlob = null, string? Sha256 = null, string? Html = null);
