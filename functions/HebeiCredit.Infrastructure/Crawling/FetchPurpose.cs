namespace HebeiCredit.Infrastructure.Crawling;

/// <summary>Why a page is fetched, which decides the resilience applied.</summary>
public enum FetchPurpose
{
    /// <summary>Part of a crawl: robots.txt obeyed, transient failures retried, a failing host's circuit opened.</summary>
    Crawl,

    /// <summary>
    /// An availability probe: 国办秘函〔2019〕19号 counts one probe as one attempt, so no retry and no circuit breaker
    /// (either would hide the failures the probe exists to count), no robots.txt request to skew its timing, and no
    /// queueing behind the crawl's requests to the same host (the host gate's wait would count against its 15 s).
    /// </summary>
    Probe,
}
