using System.Net.Http.Headers;

namespace HebeiCredit.Infrastructure.Crawling;

/// <summary>Reads Retry-After (RFC 9110 §10.2.3) as a wait from now: delta seconds or an HTTP date.</summary>
internal static class RetryAfter
{
    public static TimeSpan? From(RetryConditionHeaderValue? header, DateTimeOffset now) => header switch
    {
        { Delta: { } delta } => delta < TimeSpan.Zero ? TimeSpan.Zero : delta,
        { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
        _ => null,
    };
}
