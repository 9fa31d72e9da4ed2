using HebeiCredit.Infrastructure.Storage;
using HebeiCredit.Infrastructure.Uploads;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HebeiCredit.Infrastructure.Publication;

public static class PublicationAuditServiceCollectionExtensions
{
    /// <summary>The upload life with the 双公示 audit as its processor.</summary>
    public static IServiceCollection AddPublicationAudit(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<DecisionStore>();
        services.AddSingleton<PublicationRatesStore>();
        services.TryAddSingleton<PublishedRecordStore>();
        services.AddSingleton<IUploadProcessor, PublicationUploadProcessor>();
        return services.AddUploadAudit(configuration);
    }
}
