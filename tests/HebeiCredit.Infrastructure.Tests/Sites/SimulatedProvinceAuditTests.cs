using System.Security.Cryptography;
using HebeiCredit.Auditing.Sites;
using HebeiCredit.Infrastructure.Sites;
using HebeiCredit.Infrastructure.Storage;
using HebeiCredit.Simulation;
using HebeiCredit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HebeiCredit.Infrastructure.Tests.Sites;

/// <summary>A probe and a crawl of the whole simulated province, against real Azurite.</summary>
public sealed class SimulatedProvinceAuditTests
{
    private static readonly IReadOnlyDictionary<string, PlantedDefect> Defects = ProvinceData.Defects().ToDictionary(d => d.Unit);

    [Fact]
    public async Task ProbeAllAsync_SimulatedProvince_RecordsEverySiteWithThePlantedFailures()
    {
        await Azurite.ConnectAsync();
        var clock = ShiftedClock.Anywhere();
        await using var province = await TestProvince.StartAsync(clock);
        await using var services = TestServices.Build(clock: clock);
        var started = clock.GetUtcNow().AddSeconds(-1);
        bool ThisRun(FetchOutcome probe) => probe.FetchedAt >= started && probe.FetchedAt <= clock.GetUtcNow();

        var results = await services.GetRequiredService<SiteProber>().ProbeAllAsync(province.Registry.Sites, CancellationToken.None);

        Assert.Equal(33, results.Count);
        var store = services.GetRequiredService<ProbeStore>();
        foreach (var site in province.Registry.Sites)
        {
            var rows = (await store.ListAsync(site.Unit, CancellationToken.None)).Where(ThisRun).ToList();
            var row = Assert.Single(rows);
            AssertMatchesPlan(site.Unit, row);
        }
    }

    [Fact]
    public async Task CrawlAsync_SimulatedProvince_WritesSiteChecksAndContentAddressedEvidence()
    {
        await Azurite.ConnectAsync();
        await using var province = await TestProvince.StartAsync();
        await using var services = TestServices.Build();
        var runId = "test-" + Guid.NewGuid().ToString("N");

        var checks = await Task.WhenAll(province.Registry.Sites.Select(site =>
            services.GetRequiredService<SiteCrawler>().CrawlAsync(new CrawlRequest(runId, site), CancellationToken.None)));

        var store = services.GetRequiredService<SiteCheckStore>();
        var evidence = services.GetRequiredService<EvidenceStore>();
        foreach (var check in checks)
        {
            AssertMatchesPlan(check.Site.Unit, check.Fetch);
            var row = Assert.Single(await store.ListAsync(check.Site.Unit, CancellationToken.None), r => r.GetString("RunId") == runId);
            Assert.Equal(check.Fetch.ErrorKind.ToString(), row.GetString("ErrorKind"));
            Assert.Equal(check.Fetch.StatusCode, row.GetInt32("StatusCode"));
            Assert.Equal(check.Site.Portal!.AbsoluteUri, row.GetString("Url"));
            if (check.Fetch.Succeeded)
            {
                Assert.True(check.Fetch.Bytes > 1000);
                Assert.Equal(check.EvidenceBlob, row.GetString("EvidenceBlob"));
                Assert.Equal(check.Sha256, row.GetString("Sha256"));
                var bytes = (await evidence.ReadAsync(check.EvidenceBlob!, check.Sha256!, CancellationToken.None))!;
                Assert.Equal(check.Fetch.Bytes, bytes.Length);
                Assert.Equal(check.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
                Assert.Matches($@"^\d{{4}}-\d{{2}}-\d{{2}}/{check.Site.Unit}/\d{{6}}-[0-9a-f]{{8}}\.zip$", check.EvidenceBlob);
            }
        }
    }

    [Fact]
    public async Task CrawlAsync_AddressUnknown_RecordsItWithoutFetching()
    {
        await Azurite.ConnectAsync();
        await using var services = TestServices.Build();
        var site = new SiteEntry("130183", "晋州市", UnitLevel.CountyCity, Portal: null, Parent: "1301", Note: "门户地址未经核实");

        var check = await services.GetRequiredService<SiteCrawler>().CrawlAsync(new CrawlRequest("test-" + Guid.NewGuid().ToString("N"), site), CancellationToken.None);

        Assert.Equal(FetchErrorKind.AddressUnknown, check.Fetch.ErrorKind);
        Assert.Null(check.Fetch.Url);
        Assert.Null(check.EvidenceBlob);
    }

    private static void AssertMatchesPlan(string unit, FetchOutcome outcome)
    {
        if (Defects.TryGetValue(unit, out var defect) && defect.Expected is { } expected)
        {
            Assert.Equal(expected.ErrorKind, outcome.ErrorKind.ToString());
            Assert.Equal(expected.StatusCode, outcome.StatusCode);
        }
        else
        {
            Assert.True(outcome.Succeeded, $"{unit}: {outcome}");
            Assert.Equal(200, outcome.StatusCode);
        }
    }
}
