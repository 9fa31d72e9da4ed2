using HebeiCredit.Infrastructure.Calendar;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HebeiCredit.Infrastructure.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers the storage clients (from <c>AzureWebJobsStorage</c>) and the typed stores over them.</summary>
    public static IServiceCollection AddAuditStores(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => StorageClients.FromConfiguration(configuration));
        services.AddSingleton<EvidenceStore>();
        services.AddSingleton<SiteCheckStore>();
        services.AddSingleton<ProbeStore>();
        services.AddSingleton<CrawlQueue>();
        services.AddSingleton<FindingStore>();
        services.AddSingleton<Uploads.UploadStore>();
        services.AddOptions<CalendarOptions>().BindConfiguration(CalendarOptions.Section);
        services.AddSingleton<WorkingCalendarLoader>();
        return services;
    }
}
