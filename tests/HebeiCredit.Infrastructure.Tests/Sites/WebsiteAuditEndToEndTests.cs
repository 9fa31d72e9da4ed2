using HebeiCredit.Auditing.Sites;
using HebeiCredit.Infrastructure.Sites;
using HebeiCredit.Infrastructure.Storage;
using HebeiCredit.Simulation;
using HebeiCredit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HebeiCredit.Infrastructure.Tests.Sites;

/// <summary>
/// The whole simulated province probed over a (shortened) window and crawled, against Azurite: the findings equal
/// the planted defects of samples/province/defects.json, no more and no fewer.
/// </summary>
public sealed class WebsiteAuditEndToEndTests
{
    // The policy's shape with smaller numbers, so the window fills in a minute: one day of at least 20 probes, a 2 s
    // timeout, and a slow site at 600 ms against a 300 ms limit.
    private const int ProbeRounds = 25;

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Crawl:RequestTimeout"] = "00:00:02",
        ["WebsitePolicy:ProbeTimeout"] = "00:00:02",
        ["WebsitePolicy:ProbeWindowDays"] = "1",
        ["WebsitePolicy:MinProbesPerDay"] = "20",
        ["WebsitePolicy:SlowLatency"] = "00:00:00.300",
    };

    [Fact]
    public async Task CrawlAsync_SimulatedProvinceAfterAWindowOfProbes_FindsExactlyThePlantedDefects()
    {
        var clients = await Azurite.ConnectAsync();
        var clock = ShiftedClock.Anywhere();
        await using var province = await TestProvince.StartAsync(clock, slowDelay: TimeSpan.FromMilliseconds(600));
        await using var services = TestServices.Build(Settings, clock);
        var prober = services.GetRequiredService<SiteProber>();
        await WarmUpAsync(province, services);
        for (var round = 0; round < ProbeRounds; round++)
        {
            await prober.ProbeAllAsync(province.Registry.Sites, CancellationToken.None);
        }

        var runId = "e2e-" + Guid.NewGuid().ToString("N");
        var checks = await Task.WhenAll(province.Registry.Sites.Select(site =>
            services.GetRequiredService<SiteCrawler>().CrawlAsync(new CrawlRequest(runId, site), CancellationToken.None)));

        var found = checks.SelectMany(c => c.Findings).Select(f => $"{f.Unit} {f.RuleId} {f.Subject}").Order().ToList();
        var planted = ProvinceData.Defects()
            .SelectMany(d => d.Findings!.Select(f => $"{d.Unit} {f.Rule} {f.Subject}"))
            .Order()
            .ToList();
        Assert.Equal(planted, found);

        var stored = await services.GetRequiredService<FindingStore>().ListAsync("1302", CancellationToken.None);
        Assert.Contains(stored, s => s.Finding.RuleId == "WEB-COLUMN-MISSING" && s.LastRun == runId && s.Status == FindingStatus.Open);
    }

    /// <summary>
    /// One unrecorded request per site first: a cold first request (JIT, connection set-up) on a loaded machine can
    /// outlast the short timeout, and one failure in 20 would already be the 5% that makes a site unreachable.
    /// </summary>
    private static async Task WarmUpAsync(SimulatedProvinceServer province, IServiceProvider services)
    {
        var fetcher = services.GetRequiredService<HebeiCredit.Infrastructure.Crawling.PageFetcher>();
        await Task.WhenAll(province.Registry.Sites.Select(site =>
            fetcher.FetchAsync(site, site.Portal!, HebeiCredit.Infrastructure.Crawling.FetchPurpose.Probe, CancellationToken.None)));
    }

    [Fact]
    public async Task CrawlAsync_EveryFinding_CarriesEvidenceAndItsClause()
    {
        await Azurite.ConnectAsync();
        var clock = ShiftedClock.Anywhere();
        await using var province = await TestProvince.StartAsync(clock);
        await using var services = TestServices.Build(Settings, clock);
        await WarmUpAsync(province, services);
        var evidence = services.GetRequiredService<EvidenceStore>();

        foreach (var unit in new[] { "1305", "1310", "1311", "130183" })
        {
            var check = await services.GetRequiredService<SiteCrawler>().CrawlAsync(new CrawlRequest("e2e", province.Registry.Find(unit)!), CancellationToken.None);
            Assert.True(check.Findings.Count == 1, $"{unit}: {check.Fetch} {string.Join("; ", check.Findings.Select(f => f.Summary))} {check.Columns}");

            var finding = Assert.Single(check.Findings, f => f.Unit == unit);
            Assert.Contains("国办秘函〔2019〕19号", finding.Clause.Document);
            Assert.NotEmpty(finding.Evidence);
            Assert.All(finding.Evidence, e => Assert.NotNull(e.Url));
            var snapshot = finding.Evidence.FirstOrDefault(e => e.SnapshotBlob is not null);
            if (snapshot is not null)
            {
                var bytes = await evidence.ReadAsync(snapshot.SnapshotBlob!, snapshot.Sha256!, CancellationToken.None);
                Assert.Equal(snapshot.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes!)));
            }
        }
    }

    [Fact]
    public async Task CrawlAsync_RunTwice_UpdatesFindingsInsteadOfDuplicating()
    {
        await Azurite.ConnectAsync();
        var clock = ShiftedClock.Anywhere();
        await using var province = await TestProvince.StartAsync(clock);
        await using var services = TestServices.Build(Settings, clock);
        await WarmUpAsync(province, services);
        var crawler = services.GetRequiredService<SiteCrawler>();
        var site = province.Registry.Find("1309")!;

        await crawler.CrawlAsync(new CrawlRequest("first", site), CancellationToken.None);
        await crawler.CrawlAsync(new CrawlRequest("second", site), CancellationToken.None);

        var stored = (await services.GetRequiredService<FindingStore>().ListAsync("1309", CancellationToken.None))
            .Where(s => s.Finding.RuleId == "WEB-COLUMN-BLANK")
            .ToList();
        var only = Assert.Single(stored);
        Assert.Equal("second", only.LastRun);
        Assert.True(only.TimesSeen >= 2);
    }

    [Fact]
    public async Task CrawlAsync_GbkPortal_IsReadWithoutFindings()
    {
        await Azurite.ConnectAsync();
        var clock = ShiftedClock.Anywhere();
        await using var province = await TestProvince.StartAsync(clock);
        await using var services = TestServices.Build(Settings, clock);
        await WarmUpAsync(province, services);

        var check = await services.GetRequiredService<SiteCrawler>().CrawlAsync(new CrawlRequest("gbk", province.Registry.Find("1306")!), CancellationToken.None);

        Assert.True(check.Fetch.Succeeded);
        Assert.Empty(check.Findings);
        Assert.Equal(0, check.Columns!.StaleColumns);
    }
}
