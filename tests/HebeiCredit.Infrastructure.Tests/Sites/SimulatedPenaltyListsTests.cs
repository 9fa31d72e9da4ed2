using System.Text;
using HebeiCredit.Auditing.Sites;
using HebeiCredit.Infrastructure.Publication;
using HebeiCredit.Infrastructure.Sites;
using HebeiCredit.Simulation;
using HebeiCredit.Simulation.Penalties;
using HebeiCredit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HebeiCredit.Infrastructure.Tests.Sites;

/// <summary>
/// The simulated province's 行政处罚 lists: crawled twice over Azurite with the planted removals switched on in
/// between, its defect file, and its national repair results.
/// </summary>
public sealed class SimulatedPenaltyListsTests
{
    private const string WriteVariable = "HEBEICREDIT_WRITE_SAMPLES";

    // JSON paged (1301), JSON whole (1304), GBK HTML (1306) and UTF-8 HTML portals, carrying every planted case.
    private static readonly string[] Units = ["1301", "1302", "1304", "1306", "1309", "1310", "1311"];

    [Fact]
    public async Task CrawlAsync_SimulatedProvinceTwice_RecordsEachListAndTheRemovalsBetween()
    {
        await Azurite.ConnectAsync();
        await using var province = await TestProvince.StartAsync();
        await using var services = TestServices.Build();
        var crawler = services.GetRequiredService<SiteCrawler>();
        var store = services.GetRequiredService<PublishedRecordStore>();
        // Each portal is crawled under a unit of this test's own, so other runs' rows in the shared Azurite never meet these.
        var sites = Units.ToDictionary(u => u, u => province.Registry.Find(u)! with { Unit = $"t{Guid.NewGuid():N}" });
        async Task CrawlAllAsync()
        {
            var run = "test-" + Guid.NewGuid().ToString("N");
            foreach (var check in await Task.WhenAll(sites.Values.Select(s => crawler.CrawlAsync(new CrawlRequest(run, s), CancellationToken.None))))
            {
                Assert.True(check.PenaltyList is { Complete: true }, $"{check.Site.Name}: {check.PenaltyList}");
            }
        }

        await CrawlAllAsync();
        var first = new Dictionary<string, IReadOnlyList<Auditing.Publication.History.PublishedHistory>>();
        foreach (var (unit, site) in sites)
        {
            first[unit] = await store.ListAsync(site.Unit, CancellationToken.None);
            Assert.Equal(province.PenaltyList(unit).Select(p => p.Document).Order(), first[unit].Select(h => h.Record.Document!.Value.Original).Order());
            Assert.All(first[unit], h => Assert.True(h.Shown));
        }

        province.PenaltyListRevision = 1;
        await CrawlAllAsync();

        var removed = new List<string>();
        foreach (var (unit, site) in sites)
        {
            var second = await store.ListAsync(site.Unit, CancellationToken.None);
            Assert.Equal(first[unit].Count, second.Count);
            Assert.All(second, h => Assert.True(h.ObservedAt > first[unit][0].ObservedAt));
            removed.AddRange(second.Where(h => !h.Shown).Select(h => $"{unit} {h.Record.Document!.Value.Original}"));
        }

        Assert.Equal(["1304 冀邯环罚字第908号", "1306 冀保环罚字第904号", "1310 冀廊建罚字第905号"], removed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task CrawlAsync_GbkPortal_ReadsTheChineseFieldsAsServed()
    {
        await Azurite.ConnectAsync();
        await using var province = await TestProvince.StartAsync();
        await using var services = TestServices.Build();
        var site = province.Registry.Find("1306")! with { Unit = $"t{Guid.NewGuid():N}" };

        await services.GetRequiredService<SiteCrawler>().CrawlAsync(new CrawlRequest("test-" + Guid.NewGuid().ToString("N"), site), CancellationToken.None);

        var served = province.PenaltyList("1306").Single(p => p.Document == "冀保环罚字第904号");
        var seen = (await services.GetRequiredService<PublishedRecordStore>().ListAsync(site.Unit, CancellationToken.None))
            .Single(h => h.Record.Document!.Value.Original == served.Document).Record;
        Assert.Equal(
            (served.SubjectName, served.CreditCode, served.Authority, served.DecisionDate, served.FineAmount, served.PublicationEnd, served.Content),
            (seen.SubjectName, seen.SubjectCreditCode, seen.Authority, seen.DecisionDate, seen.FineAmount, seen.PublicationEnd, seen.PenaltyContent));
    }

    [Fact]
    public void For_PlantedCases_CarryTheDatesTheirReasonsName()
    {
        var today = new DateOnly(2026, 11, 28);
        SimulatedPenalty Planted(string unit, string name, string document) => SimulatedPenalties.For(unit, name, today).Single(p => p.Document == document);

        var overdue = Planted("1301", "石家庄市", "冀石环罚字第901号");
        Assert.Equal((today.AddDays(-200), today.AddDays(-20), 2m), (overdue.DecisionDate, overdue.PublicationEnd!.Value, overdue.FineAmount!.Value));
        Assert.Equal(new DateOnly(2023, 3, 15), Planted("1302", "唐山市", "冀唐环罚字第902号").DecisionDate);
        var warning = Planted("1304", "邯郸市", "冀邯建罚字第903号");
        Assert.Equal(("警告", "适用简易程序，当场给予警告", (decimal?)null, today.AddDays(-20)), (warning.Category, warning.Content, warning.FineAmount, warning.DecisionDate));
        Assert.Equal((true, false), (Planted("1306", "保定市", "冀保环罚字第904号").ShownBefore, Planted("1306", "保定市", "冀保环罚字第904号").ShownAfter));
        // Today is a Saturday: 6 working days after 2026-11-19 up to today, 1 after 2026-11-26, 8 after 2026-11-17.
        Assert.Equal(new DateOnly(2026, 11, 19), Planted("1311", "衡水市", "冀衡环罚字第906号").RepairedOn);
        Assert.Equal(new DateOnly(2026, 11, 26), Planted("1301", "石家庄市", "冀石环罚字第907号").RepairedOn);
        Assert.Equal(new DateOnly(2026, 11, 17), Planted("1304", "邯郸市", "冀邯环罚字第908号").RepairedOn);
        Assert.All(SimulatedPenalties.For("1303", "秦皇岛市", today), p => Assert.InRange(p.DecisionDate, today.AddDays(-80), today.AddDays(-5)));
    }

    [Fact]
    public void RepairResults_PlantedRepairs_WritesTheNationalResultsCsv()
    {
        var today = new DateOnly(2026, 11, 28);

        var (file, content) = SimulatedPenalties.RepairResults(today);

        Assert.Equal("信用中国修复结果_20261128.csv", file);
        var lines = Encoding.UTF8.GetString(content.AsSpan(3)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Encoding.UTF8.GetPreamble(), content[..3]);
        Assert.Equal("行政处罚决定书文号,行政相对人名称,统一社会信用代码,处罚机关,修复决定日期,修复方式", lines[0]);
        Assert.Equal(
            ["冀石环罚字第907号 2026-11-26 石家庄市生态环境局", "冀衡环罚字第906号 2026-11-19 衡水市生态环境局", "冀邯环罚字第908号 2026-11-17 邯郸市生态环境局"],
            lines[1..].Select(l => l.Split(',')).Select(c => $"{c[0]} {c[4]} {c[3]}").Order(StringComparer.Ordinal));
        Assert.All(lines[1..], l => Assert.EndsWith(",信用修复", l));
    }

    /// <summary>samples/province/period-defects.json is what the generator plants; HEBEICREDIT_WRITE_SAMPLES=1 rewrites it.</summary>
    [Fact]
    public void PeriodDefectsFile_IsWhatTheGeneratorPlants()
    {
        var json = ProvinceData.PeriodDefectsJson(SimulatedPenalties.Cases);
        var path = RepositoryPaths.Of("samples/province/period-defects.json");
        if (Environment.GetEnvironmentVariable(WriteVariable) == "1")
        {
            File.WriteAllText(path, json);
        }

        Assert.Equal(json, File.ReadAllText(path));
        Assert.Equal(json, ProvinceData.PeriodDefectsJson(ProvinceData.PeriodDefects()));
        Assert.Equal(
            ["EXP-EARLY-REMOVAL", "EXP-EARLY-REMOVAL", "EXP-NOT-PUBLISHABLE", "EXP-OVERDUE", "EXP-OVERDUE", "REP-NOT-SYNCED"],
            ProvinceData.PeriodDefects().Select(c => c.Rule).OfType<string>().Order(StringComparer.Ordinal));
    }
}
