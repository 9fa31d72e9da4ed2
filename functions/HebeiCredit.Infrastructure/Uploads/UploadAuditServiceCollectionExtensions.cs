using HebeiCredit.Infrastructure.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HebeiCredit.Infrastructure.Uploads;

public static class UploadAuditServiceCollectionExtensions
{
    /// <summary>
    /// The 双公示 upload life: <see cref="AddUploadLife"/> and the <see cref="UploadService"/>. The caller registers the
    /// <see cref="IUploadProcessor"/> that audits the files (AddPublicationAudit does).
    /// </summary>
    public static IServiceCollection AddUploadAudit(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddUploadLife(configuration);
        services.TryAddTransient<UploadService>();
        return services;
    }

    /// <summary>
    /// What every kind of upload shares: storage (unless already added), the limits from "Uploads", the attempt
    /// counting and the <see cref="UploadLife"/>. Added once, however many kinds of upload ask for it.
    /// </summary>
    public static IServiceCollection AddUploadLife(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(UploadLife)))
        {
            return services;
        }

        if (!services.Any(d => d.ServiceType == typeof(StorageClients)))
        {
            services.AddAuditStores(configuration);
        }

        services.AddOptions<UploadOptions>().BindConfiguration(UploadOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<UploadStore>();
        services.TryAddSingleton<Poison.UploadAttemptStore>();
        services.TryAddSingleton<Poison.UploadAttemptGuard>();
        services.AddTransient<UploadLife>();
        return services;
    }
}
