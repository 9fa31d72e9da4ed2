namespace HebeiCredit.Auditing.Sites.Pages;

/// <summary>
/// One page as the crawler saw it: the fetch, where its bytes are kept as evidence, and its decoded HTML
/// (null when the fetch failed or the body was not HTML).
/// </summary>
public sealed record PageSnapshot(Uri Url, FetchOutcome Fetch, string? SnapshotBlob = null, string? Sha256 = null, string? Html = null)
{
    /// <summary>
    /// The crawler's reading of this page, when it made one (the next list page, the home page's columns): the audit reuses
    /// it rather than parsing the page a second time.
    /// </summary>
    public ListPage? Reading { get; init; }
}
