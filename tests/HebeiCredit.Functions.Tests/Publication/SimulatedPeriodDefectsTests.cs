using System.Text.Json;
using HebeiCredit.Auditing.Sites;
using HebeiCredit.Auditing.Time;
using HebeiCredit.Functions.Publication;
using HebeiCredit.Functions.Repair;
using HebeiCredit.Functions.Sites;
using HebeiCredit.Infrastructure.Publication;
using HebeiCredit.Infrastructure.Repair;
using HebeiCredit.Infrastructure.Sites;
using HebeiCredit.Infrastructure.Storage;
using HebeiCredit.Infrastructure.Uploads;
using HebeiCredit.Simulation;
using HebeiCredit.Simulation.Penalties;
using HebeiCredit.Testing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace HebeiCredit.Functions.Tests.Publication;

/// <summary>
/// End to end through the function classes: the simulated province's 行政处罚 lists crawled by CrawlSite twice (the
/// planted removals switched on in between), its national repair results dropped in inbox/repairs/ for
/// AuditRepairUpload, then the daily AuditPublicationPeriods: exactly the planted period defects of
/// samples/province/period-defects.json are open, no more and no fewer.
/// </summary>
public sealed class SimulatedPeriodDefectsTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Functions_SimulatedProvinceCrawledTwiceAndRepairsUploaded_FindExactlyThePlantedPeriodDefects()
    {
        var clock = PeriodHost.ClockAt(Today);
        await using var province = await TestProvince.StartAsync(clock);
        var units = ProvinceData.PeriodDefects().Select(c => c.Unit).Distinct().ToList();
        // Each portal is crawled under a unit of this test's own (random codes a registry accepts), so other runs' rows
        // in the shared Azurite do not meet these.
        var first = Random.Shared.Next(1000, 9990);
        var sites = units.Select((u, i) => (u, i)).ToDictionary(p => p.u, p => province.Registry.Find(p.u)! with { Unit = $"13{first + p.i}" });
        // The daily timer audits the registry's units: here, this test's own.
        var registry = Path.Combine(Path.GetTempPath(), $"sites-{Guid.NewGuid():N}.json");
        var entries = sites.Values.Select(s => $$"""{ "unit": "{{s.Unit}}", "name": "{{s.Name}}", "level": "设区市", "addressUnknown": true }""");
        await File.WriteAllTextAsync(registry, $"{{ \"sites\": [ {string.Join(", ", entries)} ] }}");
        await using var services = await PeriodHost.BuildAsync(clock, new Dictionary<string, string?> { ["SiteRegistry:Path"] = registry });
        var crawl = new CrawlSite(services.GetRequiredService<SiteCrawler>(), NullLogger<CrawlSite>.Instance);
        async Task CrawlAllAsync()
        {
            var run = "test-" + Guid.NewGuid().ToString("N");
            await Task.WhenAll(sites.Values.Select(s => crawl.Run(JsonSerializer.Serialize(new CrawlRequest(run, s), Json), CancellationToken.None)));
        }

        await CrawlAllAsync();
        province.PenaltyListRevision = 1;
        await CrawlAllAsync();
        var (name, content) = SimulatedPenalties.RepairResults(Today);
        var file = $"{Path.GetFileNameWithoutExtension(name)}-{Guid.NewGuid():N}.csv";
        var inbox = services.GetRequiredService<UploadStore>().Inbox;
        await inbox.CreateIfNotExistsAsync();
        await inbox.GetBlobClient($"repairs/{file}").UploadAsync(BinaryData.FromBytes(content), overwrite: true);
        await new AuditRepairUpload(services.GetRequiredService<RepairUploadService>(), NullLogger<AuditRepairUpload>.Instance)
            .Run(new MemoryStream(content), file, CancellationToken.None);
        var afterUpload = await PeriodFindingsAsync(services, sites);

        await new AuditPublicationPeriods(services.GetRequiredService<PublicationPeriodAuditor>(), clock, NullLogger<AuditPublicationPeriods>.Instance)
            .Run(new TimerInfo(), CancellationToken.None);

        var expected = ProvinceData.PeriodDefects().Where(c => c.Rule is not null).Select(c => $"{c.Unit} {c.Rule} {c.Document}").Order(StringComparer.Ordinal);
        Assert.Equal(expected, await PeriodFindingsAsync(services, sites));
        Assert.Contains("1311 REP-NOT-SYNCED 冀衡环罚字第906号", afterUpload);
    }

    /// <summary>"1301 EXP-OVERDUE 冀石环罚字第901号" for each open EXP-/REP- finding of the test's units.</summary>
    private static async Task<IReadOnlyList<string>> PeriodFindingsAsync(ServiceProvider services, IReadOnlyDictionary<string, SiteEntry> sites)
    {
        var findings = services.GetRequiredService<FindingStore>();
        var lines = new List<string>();
        foreach (var (unit, site) in sites)
        {
            lines.AddRange((await findings.ListAsync(site.Unit, CancellationToken.None))
                .Where(f => f.Status == FindingStatus.Open && (f.Finding.RuleId.StartsWith("EXP-", StringComparison.Ordinal) || f.Finding.RuleId.StartsWith("REP-", StringComparison.Ordinal)))
                .Select(f => $"{unit} {f.Finding.RuleId} {f.Finding.Summary[1..f.Finding.Summary.IndexOf('”', StringComparison.Ordinal)]}"));
        }

        return lines.Order(StringComparer.Ordinal).ToList();
    }
}
