namespace HebeiCredit.Auditing.Sites;

/// <summary>The result of crawling one site once: the fetch, and where its page bytes are kept as evidence.</summary>
public sealed record SiteCheck(string RunId, SiteEntry Site, FetchOutcome Fetch, string? EvidenceBlob, string? Sha256);
