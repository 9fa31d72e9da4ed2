using HebeiCredit.Infrastructure.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HebeiCredit.Infrastructure.Uploads;

public static class UploadAuditServiceCollectionExtensions
{
    /// <summary>
    /// The upload life: storage (unless already added), the limits from "Uploads" and the <see cref="UploadService"/>.
    /// The caller registers the <see cref="IUploadProcessor"/> that audits the files (AddPublicationAudit does).
    /// </summary>
    public static IServiceCollection AddUploadAudit(this IServiceCollection services, IConfiguration configuration)
    {
        if (!services.Any(d => d.ServiceType == typeof(StorageClients)))
        {
            services.AddAuditStores(configuration);
        }

        services.AddOptions<UploadOptions>().BindConfiguration(UploadOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<UploadStore>();
        services.TryAddSingleton<Poison.UploadAttemptStore>();
        services.TryAddSingleton<Poison.UploadAttemptGuard>();
        services.TryAddTransient<UploadLife>();
        services.AddTransient<UploadService>();
        return services;
    }
}
