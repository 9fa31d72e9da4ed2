using System.ComponentModel.DataAnnotations;

namespace HebeiCredit.Infrastructure.Crawling;

/// <summary>How the crawler treats the sites it visits. Bound from configuration section "Crawl".</summary>
public sealed class CrawlOptions
{
    public const string Section = "Crawl";

    /// <summary>国办秘函〔2019〕19号: a probe fails when the page has not opened within 15 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    [Range(1024, 100 * 1024 * 1024)]
    public int MaxResponseBytes { get; set; } = 5 * 1024 * 1024;

    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>How many sites are probed or crawled at once by one process.</summary>
    [Range(1, 64)]
    public int MaxConcurrentSites { get; set; } = 8;

    /// <summary>Names the auditor to the sites it visits. HTTP headers must be ASCII.</summary>
    [Required]
    [RegularExpression(@"^[\x20-\x7E]+$")]
    public string UserAgent { get; set; } = "HebeiCreditAuditor/1.0 (Hebei social credit supervision; third-party evaluation crawler)";
}
