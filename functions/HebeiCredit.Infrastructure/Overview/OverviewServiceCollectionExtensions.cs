using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HebeiCredit.Infrastructure.Overview;

public static class OverviewServiceCollectionExtensions
{
    /// <summary>The overview site and the notice publishing that rebuilds it; call after AddSiteAudit and AddNotices.</summary>
    public static IServiceCollection AddOverview(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddTransient<OverviewService>();
        services.AddTransient<NoticePublisher>();
        return services;
    }
}
