using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Notices;
using HebeiCredit.Auditing.Publication.Rates;
using HebeiCredit.Auditing.Sites;
using HebeiCredit.Infrastructure.Notices;
using HebeiCredit.Infrastructure.Publication;
using HebeiCredit.Infrastructure.Sites;
using HebeiCredit.Infrastructure.Storage;
using HebeiCredit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HebeiCredit.Infrastructure.Tests.Notices;

/// <summary>The notices over Azurite: gathered from the real stores, written to container notices, re-inspected a period later.</summary>
public sealed class NoticeServiceTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    // Tables and container are shared: units are unique per test, and periods are months no other test uses.
    private readonly string unitA = $"13{Random.Shared.Next(1000, 9999)}";
    private readonly string unitB = $"13{Random.Shared.Next(1000, 9999)}";
    // An odd month of 2019-2025, which no other test's notices use: the month before (even) is then never another
    // test's notice in the shared storage, and only the re-inspection test builds the month after.
    private readonly NoticePeriod first = NoticePeriod.OfMonth(Random.Shared.Next(2019, 2026), (2 * Random.Shared.Next(0, 6)) + 1);

    private SiteRegistry Registry() => SiteRegistry.Parse(
        $$"""{ "sites": [ { "unit": "{{unitA}}", "name": "甲市", "level": "县级市", "addressUnknown": true }, { "unit": "{{unitB}}", "name": "乙市", "level": "县级市", "addressUnknown": true } ] }""",
        "test");

    private static ServiceProvider Services(TimeProvider clock)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [StorageNames.ConnectionSetting] = Azurite.ConnectionString })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(clock);
        services.AddSiteAudit(configuration);
        services.AddNotices();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private Finding Web(string rule, string subject, DateTimeOffset at) => new(
        rule, unitA, subject, $"{subject}栏目的问题", "说明", new PolicyClause("国办秘函〔2019〕19号", "栏目"), [new Evidence("页面", new Uri("http://127.0.0.1/"))], at);

    private static DateTimeOffset At(DateOnly date, int hour) => new(date.ToDateTime(new TimeOnly(hour, 0)), China);

    [Fact]
    public async Task BuildAsync_UnitsInTheRegistry_WritesFourFilesWithFiguresFromTheStores()
    {
        await Azurite.ConnectAsync();
        var audited = At(first.CutOff, 9).AddDays(-2);
        var clock = new FixedClock(At(first.CutOff, 9).AddDays(2));
        await using var services = Services(clock);
        await services.GetRequiredService<FindingStore>().RecordAuditAsync(
            unitA, "WEB-", [Web(RuleIds.WebColumnMissing, "repair", audited), Web(RuleIds.WebColumnStale, "news", audited)], "run-1", audited, CancellationToken.None);
        var probes = services.GetRequiredService<ProbeStore>();
        foreach (var (hoursBefore, ok) in new[] { (30, true), (20, true), (10, false), (5, true), (-30, false) })
        {
            var at = first.End.AddHours(-hoursBefore);
            await probes.SaveAsync(unitA, new FetchOutcome(new Uri("http://127.0.0.1/"), at, TimeSpan.FromSeconds(1), ok ? FetchErrorKind.None : FetchErrorKind.Timeout, ok ? 200 : null), CancellationToken.None);
        }

        await services.GetRequiredService<PublicationRatesStore>().ReplaceAsync(
            unitA, [new PublicationRates(unitA, null, null, 10, 10, 8, 6, 2, 2, 0, 4, 1, 0)], audited, CancellationToken.None);

        var build = await services.GetRequiredService<NoticeService>().BuildAsync(first, Registry(), CancellationToken.None);

        Assert.Equal([$"{first.Id}/notice.docx", $"{first.Id}/notice.xlsx", $"{first.Id}/notice.html", $"{first.Id}/notice.json"], build.BlobNames);
        var container = services.GetRequiredService<StorageClients>().Blobs.GetBlobContainerClient(StorageNames.NoticesContainer);
        foreach (var file in build.Files)
        {
            var stored = await container.GetBlobClient(file.BlobName).DownloadContentAsync();
            Assert.Equal(file.Content, stored.Value.Content.ToArray());
            Assert.Equal(file.ContentType, stored.Value.Details.ContentType);
        }

        var a = build.Model.Units.Single(u => u.Unit == unitA);
        Assert.Equal((2, 1, 1), (a.OpenFindings, a.ColumnsMissing, a.ColumnsStale));
        Assert.Equal((4, 0.75m), (a.Probes, a.AvailabilityRate));
        Assert.Equal((0.25m, 0.2m, 0.25m), (a.LateRate, a.MissingRate, a.ConcealedRate));
        var b = build.Model.Units.Single(u => u.Unit == unitB);
        Assert.Equal((0, 0, (decimal?)null), (b.OpenFindings, b.Probes, b.LateRate));
        Assert.Equal(ChinaDate(clock), build.Model.IssueDate);
        var json = build.Files.Single(f => f.Name == "notice.json").Content;
        Assert.Equal(json, NoticeJson.Write(NoticeJson.Read(BinaryData.FromBytes(json))));
    }

    [Fact]
    public async Task BuildAsync_NextPeriod_ReInspectsAgainstThePreviousNotice()
    {
        await Azurite.ConnectAsync();
        var second = NoticePeriod.OfMonth(first.CutOff.AddMonths(1).Year, first.CutOff.AddMonths(1).Month);
        var firstAudit = At(first.CutOff, 9).AddDays(-2);
        var secondAudit = At(second.CutOff, 9).AddDays(-2);
        var clock = new FixedClock(At(first.CutOff, 9).AddDays(2));
        await using var services = Services(clock);
        var store = services.GetRequiredService<FindingStore>();
        var notices = services.GetRequiredService<NoticeService>();
        await store.RecordAuditAsync(unitA, "WEB-", [Web(RuleIds.WebColumnMissing, "repair", firstAudit), Web(RuleIds.WebColumnStale, "news", firstAudit)], "run-1", firstAudit, CancellationToken.None);
        await notices.BuildAsync(first, Registry(), CancellationToken.None);

        // The city fixed the repair column; the next audit no longer sees it, still sees the stale column and finds a blank one.
        await store.RecordAuditAsync(unitA, "WEB-", [Web(RuleIds.WebColumnStale, "news", secondAudit), Web(RuleIds.WebColumnBlank, "promise", secondAudit)], "run-2", secondAudit, CancellationToken.None);
        clock.Now = At(second.CutOff, 9).AddDays(2);
        var build = await notices.BuildAsync(second, Registry(), CancellationToken.None);

        Assert.Equal(new ReInspectionCounts(Fixed: 1, StillOpen: 1, New: 1, Reopened: 0, ReportedUnconfirmed: 0), build.Model.ReInspection);
        Assert.Equal(
            $"对照{first.Title}通报复核：已整改1个，仍未整改1个，新发现1个，整改后再次出现0个，报告已整改但尚待检查确认0个。",
            build.Model.ReInspectionText);
        Assert.Equal([first.Id, second.Id], build.Model.Trend.Select(p => p.Period));
    }

    [Fact]
    public async Task BuildAsync_FindingFixedAfterTheCutOff_CountsAsOpenInThatPeriod()
    {
        await Azurite.ConnectAsync();
        var before = At(first.CutOff, 9).AddDays(-3);
        var after = At(first.CutOff, 9).AddDays(3);
        await using var services = Services(new FixedClock(after.AddDays(1)));
        var store = services.GetRequiredService<FindingStore>();
        await store.RecordAuditAsync(unitA, "WEB-", [Web(RuleIds.WebColumnMissing, "repair", before)], "run-1", before, CancellationToken.None);
        await store.RecordAuditAsync(unitA, "WEB-", [], "run-2", after, CancellationToken.None);

        var build = await services.GetRequiredService<NoticeService>().BuildAsync(first, Registry(), CancellationToken.None);

        Assert.Equal(1, build.Model.Totals.OpenFindings);
    }

    private static DateOnly ChinaDate(TimeProvider clock) => Auditing.Time.ChinaTime.Today(clock);
}
