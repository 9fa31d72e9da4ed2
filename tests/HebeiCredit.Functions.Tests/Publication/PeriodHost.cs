using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Publication;
using HebeiCredit.Auditing.Publication.History;
using HebeiCredit.Auditing.Publication.Records;
using HebeiCredit.Auditing.Publication.Sources;
using HebeiCredit.Auditing.Time;
using HebeiCredit.Infrastructure.Publication;
using HebeiCredit.Infrastructure.Sites;
using HebeiCredit.Infrastructure.Storage;
using HebeiCredit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HebeiCredit.Functions.Tests.Publication;

/// <summary>The function app's registrations (as Program.cs makes them) over Azurite, with the clock on a China date.</summary>
internal static class PeriodHost
{
    public static async Task<ServiceProvider> BuildAsync(DateOnly today, IDictionary<string, string?>? settings = null) =>
        await BuildAsync(ClockAt(today), settings);

    public static async Task<ServiceProvider> BuildAsync(TimeProvider clock, IDictionary<string, string?>? settings = null)
    {
        await Azurite.ConnectAsync();
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
        services.AddSingleton(clock);
        services.AddSiteAudit(configuration);
        services.AddPublicationAudit(configuration);
        services.AddPeriodAudit(configuration);
        return services.BuildServiceProvider(validateScopes: true);
    }

    /// <summary>The real clock moved so that it is about noon of <paramref name="today"/> in China.</summary>
    public static TimeProvider ClockAt(DateOnly today) =>
        new ShiftedClock(new DateTimeOffset(today.ToDateTime(new TimeOnly(12, 0)), ChinaTime.Offset) - TimeProvider.System.GetUtcNow());

    public static DateTimeOffset At(DateOnly date) => new(date.ToDateTime(new TimeOnly(10, 0)), ChinaTime.Offset);

    public static PublishedSighting Sighting(string unit, string document, DateOnly decided) => new(
        new PublicationRecord(
            UploadKind.Published, unit, "http://127.0.0.1/xzcf/index.html", 1, DecisionKind.Penalty, "某某有限公司", SubjectCategory.Organization,
            "91130100MA0E2B3MXJ", null, null, DocumentNumber.From(document), decided, "石家庄市生态环境局", null, null,
            "罚款", "罚款人民币1万元", 1m, null, null, null, null, null, []),
        new Evidence("行政处罚公示列表", new Uri("http://127.0.0.1/xzcf/index.html"), "snapshot", new string('a', 64), null));
}
