using HebeiCredit.Infrastructure.Sites;
using HebeiCredit.Infrastructure.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HebeiCredit.Testing;

/// <summary>The production registrations over Azurite, with a short request timeout so a hanging site costs seconds.</summary>
public static class TestServices
{
    public static ServiceProvider Build(IDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        var values = new Dictionary<string, string?>
        {
            [StorageNames.ConnectionSetting] = Azurite.ConnectionString,
            ["Crawl:RequestTimeout"] = "00:00:02",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddSiteAudit(configuration);
        return services.BuildServiceProvider(validateScopes: true);
    }
}
