using HebeiCredit.Infrastructure.Sites;
using HebeiCredit.Infrastructure.Policies;
using HebeiCredit.Infrastructure.Repair;
using HebeiCredit.Infrastructure.Uploads;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HebeiCredit.Infrastructure.Publication;

public static class PeriodAuditServiceCollectionExtensions
{
    /// <summary>
    /// The publication-period audit (EXP-*, REP-*) with its policy overrides from "PublicationPeriods", the national
    /// repairs (table Repairs) and the repair upload's life.
    /// </summary>
    public static IServiceCollection AddPeriodAudit(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddUploadLife(configuration);
        services.AddOptions<PublicationPeriodOptions>().BindConfiguration(PublicationPeriodOptions.Section);
        services.TryAddSingleton<PublishedRecordStore>();
        services.TryAddSingleton<PublishedRecordIndex>();
        services.TryAddSingleton<RepairStore>();
        services.AddOptions<SiteRegistryOptions>().BindConfiguration(SiteRegistryOptions.Section);
        services.TryAddSingleton<SiteRegistryLoader>();
        services.TryAddSingleton<PublicationPeriodPolicyLoader>();
        services.TryAddTransient<PublicationPeriodAuditor>();
        services.TryAddTransient<RepairUploadService>();
        return services;
    }
}
