namespace HebeiCredit.Auditing.Sites;

/// <summary>What one request for one page produced: the facts a probe or a crawl records.</summary>
/// <param name="Attempts">How many requests were sent, retries included (0 when none was: robots.txt, an open circuit).</param>
public sealed record FetchOutcome(
    Uri? Url,
    DateTimeOffset FetchedAt,
    TimeSpan Elapsed,
    FetchErrorKind ErrorKind,
    int? StatusCode = null,
    Uri? FinalUrl = null,
    long Bytes = 0,
    string? ContentType = null,
    string? Error = null,
    int Attempts = 1)
{
    public bool Succeeded => ErrorKind == FetchErrorKind.None;
}
