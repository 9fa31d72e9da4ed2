using HebeiCredit.Infrastructure.Notices;
using HebeiCredit.Infrastructure.Overview;
using HebeiCredit.Infrastructure.Publication;
using HebeiCredit.Infrastructure.Rectification;
using HebeiCredit.Infrastructure.Sites;
using HebeiCredit.Infrastructure.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HebeiCredit.Cli.Commands;

/// <summary>The same service registrations the function app makes, with configuration from the environment.</summary>
internal static class AuditServices
{
    public const string LocalStorage = "UseDevelopmentStorage=true";

    public static ServiceProvider Build(string? storage)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [StorageNames.ConnectionSetting] = LocalStorage })
            .AddEnvironmentVariables()
            .AddInMemoryCollection(storage is null ? [] : new Dictionary<string, string?> { [StorageNames.ConnectionSetting] = storage })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSiteAudit(configuration);
        services.AddPublicationAudit(configuration);
        services.AddCityLoop();
        services.AddNotices();
        services.AddOverview();
        services.AddPeriodAudit(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
