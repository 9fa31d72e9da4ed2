namespace HebeiCredit.Infrastructure.Crawling;

/// <summary>Why a page is fetched, which decides the resilience applied.</summary>
public enum FetchPurpose
{
    /// <summary>Part of a crawl: robots.txt obeyed, transient failures retried, a failing host's circuit opened.</summary>
    Crawl,

    /// <summary>
    /// An availability probe: 国办秘函〔2019〕19号 counts one probe as one attempt, so no retry and no circuit breaker
    /// (either would hide the failures the probe exists to count), and no robots.txt request to skew its timing.
    /// </summary>
    Probe,
}
