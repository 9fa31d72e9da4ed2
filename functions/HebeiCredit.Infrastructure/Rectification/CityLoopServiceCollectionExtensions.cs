using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HebeiCredit.Infrastructure.Rectification;

public static class CityLoopServiceCollectionExtensions
{
    /// <summary>The unit keys and the city API service; expects the stores of <c>AddAuditStores</c>.</summary>
    public static IServiceCollection AddCityLoop(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<UnitKeyStore>();
        services.AddSingleton<CityFindingsService>();
        return services;
    }
}
