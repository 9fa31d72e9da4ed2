using HebeiCredit.Infrastructure.Crawling;
using Microsoft.Extensions.Options;

namespace HebeiCredit.Infrastructure.Tests.Crawling;

/// <summary>A fetcher with its own host policies and test-sized timings: short timeouts, near-instant backoff.</summary>
internal static class TestFetcher
{
    public static PageFetcher Create(Action<CrawlOptions>? configure = null)
    {
        var options = new CrawlOptions
        {
            RequestTimeout = TimeSpan.FromSeconds(2),
            RetryBaseDelay = TimeSpan.FromMilliseconds(20),
        };
        configure?.Invoke(options);
        var wrapped = Options.Create(options);
        return new PageFetcher(new HttpClient(PageFetcher.CreateHandler(options)), wrapped, TimeProvider.System);
    }
}
