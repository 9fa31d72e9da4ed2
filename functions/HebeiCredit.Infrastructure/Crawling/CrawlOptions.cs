using System.ComponentModel.DataAnnotations;

namespace HebeiCredit.Infrastructure.Crawling;

/// <summary>How the crawler treats the sites it visits. Bound from configuration section "Crawl".</summary>
public sealed class CrawlOptions
{
    public const string Section = "Crawl";

    /// <summary>国办秘函〔2019〕19号: a probe fails when the page has not opened within 15 s. Applies to each attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Cap on a page's decoded size; a longer (or endless, or decompression-bomb) body is refused as TooLarge.</summary>
    [Range(1024, 100 * 1024 * 1024)]
    public int MaxResponseBytes { get; set; } = 5 * 1024 * 1024;

    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>How many sites are probed or crawled at once by one process.</summary>
    [Range(1, 64)]
    public int MaxConcurrentSites { get; set; } = 8;

    /// <summary>Names the auditor to the sites it visits. HTTP headers must be ASCII. Its first token is the robots.txt name.</summary>
    [Required]
    [RegularExpression(@"^[\x20-\x7E]+$")]
    public string UserAgent { get; set; } = "HebeiCreditAuditor/1.0 (Hebei social credit supervision; third-party evaluation crawler)";

    // Politeness, per host (host:port), shared by everything in the process.

    [Range(1, 16)]
    public int MaxConcurrentRequestsPerHost { get; set; } = 2;

    /// <summary>Least time between the starts of two requests to one host.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan MinDelayPerHost { get; set; } = TimeSpan.Zero;

    /// <summary>How long a host's robots.txt is trusted before it is read again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RobotsCacheDuration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Wall time one site's crawl may take (<see cref="PageFetcher.BeginSite"/>); later fetches report BudgetExhausted.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "02:00:00")]
    public TimeSpan SiteTimeBudget { get; set; } = TimeSpan.FromMinutes(10);

    // Retries (crawl only; a probe is one attempt) on connection errors, timeouts, 5xx, 408 and 429.

    [Range(0, 10)]
    public int RetryCount { get; set; } = 2;

    /// <summary>First backoff delay; doubled each retry, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait before a retry. A Retry-After asking for more is not retried: the 429/503 is the result.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    // Circuit breaker, one per host: stops hammering a host that keeps failing (crawl only).

    [Range(0.01, 1.0)]
    public double BreakerFailureRatio { get; set; } = 0.5;

    [Range(2, 1000)]
    public int BreakerMinimumThroughput { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromMinutes(1);

    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromMinutes(1);
}
