using HebeiCredit.Infrastructure.Crawling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HebeiCredit.Infrastructure.Tests.Crawling;

public sealed class CrawlingServiceCollectionExtensionsTests
{
    [Fact]
    public void AddCrawling_TwoFetchers_ShareOneHostPolicies()
    {
        using var provider = Services(new Dictionary<string, string?>()).BuildServiceProvider();

        var first = provider.GetRequiredService<PageFetcher>();
        var second = provider.GetRequiredService<PageFetcher>();

        Assert.NotSame(first, second);
        Assert.Same(provider.GetRequiredService<HostPolicies>(), provider.GetRequiredService<HostPolicies>());
    }

    [Fact]
    public void AddCrawling_Defaults_PoliteAndResilient()
    {
        using var provider = Services(new Dictionary<string, string?>()).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<CrawlOptions>>().Value;

        Assert.Equal(TimeSpan.FromSeconds(15), options.RequestTimeout);
        Assert.Equal(2, options.MaxConcurrentRequestsPerHost);
        Assert.Equal(5 * 1024 * 1024, options.MaxResponseBytes);
        Assert.Equal(2, options.RetryCount);
    }

    [Fact]
    public void AddCrawling_OutOfRangeOption_Rejected()
    {
        using var provider = Services(new Dictionary<string, string?> { ["Crawl:MaxConcurrentRequestsPerHost"] = "0" }).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<CrawlOptions>>().Value);

        Assert.Contains("MaxConcurrentRequestsPerHost", error.Message);
    }

    private static ServiceCollection Services(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddCrawling();
        return services;
    }
}
