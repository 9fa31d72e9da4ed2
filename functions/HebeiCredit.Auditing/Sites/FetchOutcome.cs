namespace HebeiCredit.Auditing.Sites;

/// <summary>What one request for one page produced: the facts a probe or a crawl records.</summary>
public sealed record FetchOutcome(
    Uri? Url,
    DateTimeOffset FetchedAt,
    TimeSpan Elapsed,
    FetchErrorKind ErrorKind,
    int? StatusCode = null,
    Uri? FinalUrl = null,
    long Bytes = 0,
    string? ContentType = null,
    string? Error = null)
{
    public bool Succeeded => ErrorKind == FetchErrorKind.None;
}
