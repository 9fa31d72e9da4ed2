using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using HebeiCredit.Auditing.Findings;
using HebeiCredit.Infrastructure.Storage;
using HebeiCredit.Testing;

namespace HebeiCredit.Infrastructure.Tests.Storage;

/// <summary>A finding's life across audits and city reports, over Azurite (open → reported → fixed → reopened).</summary>
public sealed class FindingStoreLifeTests
{
    private static readonly DateTimeOffset March = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    private static string NewUnit() => "9" + Random.Shared.Next(10_000, 99_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Finding Late(string unit, string subject = "row-7") => new(
        RuleIds.PubLate, unit, subject, "迟报 3 个工作日", "许可决定于 2026-02-02 作出，2026-02-16 才报送省平台。",
        new PolicyClause("国办发〔2015〕51号", "（十八）", "2015"), [new Evidence("报送台账第 7 行", File: "ledger.csv", Row: 7)], March);

    private static RectificationReport Report(DateTimeOffset at) =>
        new("已补报省平台并修订报送流程", new Uri("https://credit.example.gov.cn/notice/1"), at, "k1");

    [Fact]
    public async Task ReportFixAsync_ThenAuditNoLongerSees_IsFixedAndConfirmsTheReport()
    {
        var store = new FindingStore(await Azurite.ConnectAsync());
        var unit = NewUnit();
        var finding = Late(unit);
        await store.RecordAuditAsync(unit, "PUB-", [finding], "run-1", March, CancellationToken.None);

        var (outcome, reported) = await store.ReportFixAsync(unit, finding.Key, Report(March.AddDays(3)), CancellationToken.None);
        await store.RecordAuditAsync(unit, "PUB-", [], "run-2", March.AddDays(30), CancellationToken.None);

        var stored = await store.GetAsync(unit, finding.Key, CancellationToken.None);
        Assert.Equal(RectificationOutcome.Reported, outcome);
        Assert.Equal(FindingStatus.Reported, reported!.Status);
        Assert.Equal(FindingStatus.Fixed, stored!.Status);
        Assert.True(stored.FixConfirmsReport);
        Assert.Equal(March.AddDays(30), stored.FixedAt);
        Assert.Equal("已补报省平台并修订报送流程", stored.Rectification!.Action);
        Assert.Equal([FindingStatus.Open, FindingStatus.Reported, FindingStatus.Fixed], stored.History.Select(e => e.Status));
        Assert.Equal(FindingStatus.Reported, stored.StatusAsOf(March.AddDays(29)));
        Assert.Equal(FindingStatus.Fixed, stored.StatusAsOf(March.AddDays(31)));
        Assert.Null(stored.StatusAsOf(March.AddDays(-1)));
    }

    [Fact]
    public async Task RecordAuditAsync_ReportedButStillSeenAfterTheReport_GoesBackToOpenAndCountsTheRejection()
    {
        var store = new FindingStore(await Azurite.ConnectAsync());
        var unit = NewUnit();
        var finding = Late(unit);
        await store.RecordAuditAsync(unit, "PUB-", [finding], "run-1", March, CancellationToken.None);
        await store.ReportFixAsync(unit, finding.Key, Report(March.AddDays(3)), CancellationToken.None);

        await store.RecordAuditAsync(unit, "PUB-", [finding], "run-2", March.AddDays(30), CancellationToken.None);

        var stored = await store.GetAsync(unit, finding.Key, CancellationToken.None);
        Assert.Equal(FindingStatus.Open, stored!.Status);
        Assert.Equal(1, stored.ReportsRejected);
        Assert.False(stored.FixConfirmsReport);
        Assert.NotNull(stored.Rectification);
    }

    [Fact]
    public async Task RecordAuditAsync_ObservedBeforeTheReport_KeepsItReported()
    {
        var store = new FindingStore(await Azurite.ConnectAsync());
        var unit = NewUnit();
        var finding = Late(unit);
        await store.RecordAuditAsync(unit, "PUB-", [finding], "run-1", March, CancellationToken.None);
        await store.ReportFixAsync(unit, finding.Key, Report(March.AddDays(3)), CancellationToken.None);

        await store.RecordAuditAsync(unit, "PUB-", [finding], "slow-run", March.AddDays(2), CancellationToken.None);

        var stored = await store.GetAsync(unit, finding.Key, CancellationToken.None);
        Assert.Equal(FindingStatus.Reported, stored!.Status);
        Assert.Equal(0, stored.ReportsRejected);
    }

    [Fact]
    public async Task RecordAuditAsync_OtherRuleFamily_NeitherConfirmsNorRejectsTheReport()
    {
        var store = new FindingStore(await Azurite.ConnectAsync());
        var unit = NewUnit();
        var finding = Late(unit);
        await store.RecordAuditAsync(unit, "PUB-", [finding], "run-1", March, CancellationToken.None);
        await store.ReportFixAsync(unit, finding.Key, Report(March.AddDays(3)), CancellationToken.None);

        await store.RecordAuditAsync(unit, "WEB-", [], "web-run", March.AddDays(30), CancellationToken.None);

        Assert.Equal(FindingStatus.Reported, (await store.GetAsync(unit, finding.Key, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task RecordAuditAsync_FixedFindingReturns_IsReopenedWithItsHistory()
    {
        var store = new FindingStore(await Azurite.ConnectAsync());
        var unit = NewUnit();
        var finding = Late(unit);
        await store.RecordAuditAsync(unit, "PUB-", [finding], "run-1", March, CancellationToken.None);
        await store.RecordAuditAsync(unit, "PUB-", [], "run-2", March.AddDays(30), CancellationToken.None);

        await store.RecordAuditAsync(unit, "PUB-", [finding], "run-3", March.AddDays(60), CancellationToken.None);

        var stored = await store.GetAsync(unit, finding.Key, CancellationToken.None);
        Assert.Equal(FindingStatus.Reopened, stored!.Status);
        Assert.Equal(March.AddDays(60), stored.ReopenedAt);
        Assert.Equal(March.AddDays(30), stored.FixedAt);
        Assert.Equal(March, stored.FirstSeen);
        Assert.Equal(["run-1", "run-2", "run-3"], stored.History.Select(e => e.Source));
    }

    [Fact]
    public async Task ReportFixAsync_FixedOrUnknownFinding_ChangesNothing()
    {
        var store = new FindingStore(await Azurite.ConnectAsync());
        var unit = NewUnit();
        var finding = Late(unit);
        await store.RecordAuditAsync(unit, "PUB-", [finding], "run-1", March, CancellationToken.None);
        await store.RecordAuditAsync(unit, "PUB-", [], "run-2", March.AddDays(30), CancellationToken.None);

        var (fixedOutcome, stored) = await store.ReportFixAsync(unit, finding.Key, Report(March.AddDays(31)), CancellationToken.None);
        var (unknownOutcome, unknown) = await store.ReportFixAsync(unit, FindingKey.Of(RuleIds.PubLate, unit, "row-99"), Report(March.AddDays(31)), CancellationToken.None);

        Assert.Equal(RectificationOutcome.AlreadyFixed, fixedOutcome);
        Assert.Equal(FindingStatus.Fixed, stored!.Status);
        Assert.Null(stored.Rectification);
        Assert.Equal(RectificationOutcome.NotFound, unknownOutcome);
        Assert.Null(unknown);
    }

    [Fact]
    public async Task RecordAuditAsync_SeveralFindingsSeenAndOneGone_WritesThemInOneTransaction()
    {
        var plain = new FindingStore(await Azurite.ConnectAsync());
        var unit = NewUnit();
        await plain.RecordAuditAsync(unit, "PUB-", [Late(unit, "row-1"), Late(unit, "row-2")], "run-1", March, CancellationToken.None);
        var requests = new TableRequests();
        var store = new FindingStore(ClientsWith(requests));

        await store.RecordAuditAsync(unit, "PUB-", [Late(unit, "row-2"), Late(unit, "row-3"), Late(unit, "row-4")], "run-2", March.AddDays(30), CancellationToken.None);

        Assert.Equal(["query", "batch"], requests.Requests.SkipWhile(r => r != "query"));
        var stored = (await plain.ListAsync(unit, CancellationToken.None)).ToDictionary(f => f.Finding.Subject);
        Assert.Equal(FindingStatus.Fixed, stored["row-1"].Status);
        Assert.Equal(("run-2", 2), (stored["row-2"].LastRun, stored["row-2"].TimesSeen));
        Assert.Equal([FindingStatus.Open, FindingStatus.Open], new[] { stored["row-3"].Status, stored["row-4"].Status });
    }

    [Fact]
    public async Task RecordAuditAsync_CityReportsBetweenTheReadAndTheTransaction_KeepsTheReportAndTheAudit()
    {
        var plain = new FindingStore(await Azurite.ConnectAsync());
        var unit = NewUnit();
        var finding = Late(unit);
        await plain.RecordAuditAsync(unit, "PUB-", [finding, Late(unit, "row-8")], "run-1", March, CancellationToken.None);
        var requests = new TableRequests
        {
            BeforeFirstBatch = () => plain.ReportFixAsync(unit, finding.Key, Report(March.AddDays(3)), CancellationToken.None).GetAwaiter().GetResult(),
        };

        await new FindingStore(ClientsWith(requests)).RecordAuditAsync(unit, "PUB-", [finding], "run-2", March.AddDays(30), CancellationToken.None);

        var stored = (await plain.ListAsync(unit, CancellationToken.None)).ToDictionary(f => f.Finding.Subject);
        Assert.Equal(("run-2", 2, FindingStatus.Open, 1), (stored["row-7"].LastRun, stored["row-7"].TimesSeen, stored["row-7"].Status, stored["row-7"].ReportsRejected));
        Assert.NotNull(stored["row-7"].Rectification);
        Assert.Equal(FindingStatus.Fixed, stored["row-8"].Status);
    }

    [Fact]
    public async Task RecordAuditAsync_BaselineReadBeforeACityReport_KeepsTheReportTheAuditAndWhatOthersAddedMeanwhile()
    {
        var store = new FindingStore(await Azurite.ConnectAsync());
        var unit = NewUnit();
        var finding = Late(unit);
        await store.RecordAuditAsync(unit, "PUB-", [finding, Late(unit, "row-8")], "run-1", March, CancellationToken.None);

        // As a crawl does: the baseline read as it starts; meanwhile a city reports and another audit adds a row.
        var baseline = await store.ReadBaselineAsync(unit, "PUB-", CancellationToken.None);
        await store.ReportFixAsync(unit, finding.Key, Report(March.AddDays(3)), CancellationToken.None);
        await store.RecordAuditAsync(unit, "PUB-", [finding, Late(unit, "row-8"), Late(unit, "row-9")], "run-other", March.AddDays(4), CancellationToken.None);
        await store.RecordAuditAsync(baseline, [finding, Late(unit, "row-9")], "run-2", March.AddDays(30), CancellationToken.None);

        var stored = (await store.ListAsync(unit, CancellationToken.None)).ToDictionary(f => f.Finding.Subject);
        Assert.Equal(("run-2", FindingStatus.Open), (stored["row-7"].LastRun, stored["row-7"].Status));
        Assert.Equal(("run-2", FindingStatus.Open), (stored["row-9"].LastRun, stored["row-9"].Status));
        Assert.Equal(FindingStatus.Fixed, stored["row-8"].Status);
        Assert.Equal(3, stored.Count);
    }

    private static StorageClients ClientsWith(TableRequests requests)
    {
        var options = new TableClientOptions();
        options.AddPolicy(requests, HttpPipelinePosition.PerCall);
        return new StorageClients(
            new BlobServiceClient(Azurite.ConnectionString),
            new QueueServiceClient(Azurite.ConnectionString),
            new TableServiceClient(Azurite.ConnectionString, options));
    }
}
