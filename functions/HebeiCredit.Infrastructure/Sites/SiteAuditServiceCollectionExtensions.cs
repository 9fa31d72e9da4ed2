using HebeiCredit.Auditing.Sites.Policy;
using HebeiCredit.Infrastructure.Crawling;
using HebeiCredit.Infrastructure.Publication;
using HebeiCredit.Infrastructure.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HebeiCredit.Infrastructure.Sites;

public static class SiteAuditServiceCollectionExtensions
{
    /// <summary>Everything the website audit needs: storage, the crawler and the site services.</summary>
    public static IServiceCollection AddSiteAudit(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuditStores(configuration);
        services.AddCrawling();
        services.AddOptions<SiteRegistryOptions>().BindConfiguration(SiteRegistryOptions.Section);
        services.AddSingleton(configuration.GetSection(nameof(WebsitePolicy)).Get<WebsitePolicy>() ?? WebsitePolicy.Default);
        services.AddSingleton<SiteRegistryLoader>();
        // The crawl records what each unit's 行政处罚 list shows.
        services.TryAddSingleton<PublishedRecordStore>();
        services.AddTransient<SiteProber>();
        services.AddTransient<SiteCrawler>();
        services.AddTransient<CrawlScheduler>();
        return services;
    }
}
