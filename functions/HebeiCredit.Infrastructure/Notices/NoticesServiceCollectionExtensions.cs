using HebeiCredit.Infrastructure.Publication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HebeiCredit.Infrastructure.Notices;

public static class NoticesServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="NoticeService"/> and its options ("Notices" section). Call after AddSiteAudit, which
    /// registers the stores, the site registry and the calendar the notices read.
    /// </summary>
    public static IServiceCollection AddNotices(this IServiceCollection services)
    {
        services.AddOptions<NoticeOptions>().BindConfiguration(NoticeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<PublicationRatesStore>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddTransient<NoticeService>();
        return services;
    }
}
