using HebeiCredit.Infrastructure.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HebeiCredit.Infrastructure.Uploads;

public static class UploadAuditServiceCollectionExtensions
{
    /// <summary>
    /// The upload life: storage (unless already added), the limits from "Uploads", the <see cref="UploadService"/>,
    /// and the counting stand-in for <see cref="IUploadProcessor"/> unless another processor was registered first.
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
        services.TryAddSingleton<IUploadProcessor, CountingUploadProcessor>();
        services.AddTransient<UploadService>();
        return services;
    }
}
