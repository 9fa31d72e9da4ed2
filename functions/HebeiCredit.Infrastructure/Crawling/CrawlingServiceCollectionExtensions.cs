using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HebeiCredit.Infrastructure.Crawling;

public static class CrawlingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the page fetcher on a typed HttpClient whose connections go through <see cref="AddressGuard"/>,
    /// the per-host policies (concurrency, delay, circuit breakers, robots.txt) and the page readers as process-wide
    /// singletons.
    /// </summary>
    public static IServiceCollection AddCrawling(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<CrawlOptions>().BindConfiguration(CrawlOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<HostPolicies>();
        services.TryAddSingleton<PageReaders>();
        services.AddHttpClient<PageFetcher>(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(provider => PageFetcher.CreateHandler(provider.GetRequiredService<IOptions<CrawlOptions>>().Value))
            // The fetcher reports every page's outcome itself; the factory's two log lines and scope per request were
            // a cost on every page of every crawl.
            .RemoveAllLoggers();
        return services;
    }
}
