using HebeiCredit.Auditing.Sites;

namespace HebeiCredit.Infrastructure.Crawling;

/// <summary>
/// What one attempt (one request, its redirects and its whole body) produced. The resilience pipeline runs over
/// attempts rather than HttpResponseMessage so that the per-attempt timeout and the retries also cover the body:
/// a page whose body stalls or is cut off is as unopened as one whose headers never came.
/// </summary>
internal sealed record FetchAttempt(
    Uri FinalUrl,
    FetchErrorKind Kind,
    int? StatusCode = null,
    string? Error = null,
    byte[]? Bytes = null,
    System.Net.Http.Headers.MediaTypeHeaderValue? ContentType = null,
    IReadOnlyList<KeyValuePair<string, string>>? Headers = null,
    TimeSpan? RetryAfter = null)
{
    /// <summary>Answers worth another try: the server may answer differently in a moment.</summary>
    public bool IsTransient => StatusCode is >= 500 or 408 or 429;
}
