using Azure.Data.Tables;
using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Publication;
using HebeiCredit.Auditing.Publication.History;
using HebeiCredit.Auditing.Publication.Records;
using HebeiCredit.Auditing.Publication.Sources;
using HebeiCredit.Infrastructure.Publication;
using HebeiCredit.Infrastructure.Storage;
using HebeiCredit.Testing;

namespace HebeiCredit.Infrastructure.Tests.Publication;

/// <summary>Table PublishedRecords over Azurite: each test has its own unit, so rows of other runs never interfere.</summary>
public sealed class PublishedRecordStoreTests
{
    private static readonly DateTimeOffset First = new(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset Second = First.AddDays(1);
    private static readonly DateTimeOffset Third = First.AddDays(2);

    [Fact]
    public async Task RecordObservationAsync_TwoLooksShowingTheRecord_KeepsFirstSeenAndMovesLastSeen()
    {
        var (store, unit) = await NewUnitAsync();

        await store.RecordObservationAsync(unit, [Sighting(unit, "冀石环罚〔2026〕1号", "p1")], First, CancellationToken.None);
        await store.RecordObservationAsync(unit, [Sighting(unit, "冀石环罚[2026]第001号", "p2")], Second, CancellationToken.None);

        var history = Assert.Single(await store.ListAsync(unit, CancellationToken.None));
        Assert.Equal((First, Second, true, Second), (history.FirstSeen, history.LastSeen, history.Shown, history.ObservedAt));
        Assert.Equal("冀石环罚[2026]第001号", history.Record.Document!.Value.Original);
        Assert.Equal("p2", history.Evidence.SnapshotBlob);
        Assert.Equal(new DateOnly(2026, 1, 5), history.Record.DecisionDate);
    }

    [Fact]
    public async Task RecordObservationAsync_RecordMissingFromTheSecondLook_MarksItNotShownAndKeepsItsLastSighting()
    {
        var (store, unit) = await NewUnitAsync();

        await store.RecordObservationAsync(unit, [Sighting(unit, "冀石环罚〔2026〕1号"), Sighting(unit, "冀石环罚〔2026〕2号")], First, CancellationToken.None);
        await store.RecordObservationAsync(unit, [Sighting(unit, "冀石环罚〔2026〕1号")], Second, CancellationToken.None);

        var histories = (await store.ListAsync(unit, CancellationToken.None)).ToDictionary(h => h.Record.Document!.Value.Original);
        Assert.Equal((First, Second, true, Second), Summary(histories["冀石环罚〔2026〕1号"]));
        Assert.Equal((First, First, false, Second), Summary(histories["冀石环罚〔2026〕2号"]));
    }

    [Fact]
    public async Task RecordObservationAsync_RemovedRecordShownAgain_IsShownWithItsFirstSightingKept()
    {
        var (store, unit) = await NewUnitAsync();

        await store.RecordObservationAsync(unit, [Sighting(unit, "冀石环罚〔2026〕3号")], First, CancellationToken.None);
        await store.RecordObservationAsync(unit, [], Second, CancellationToken.None);
        var removed = Assert.Single(await store.ListAsync(unit, CancellationToken.None));
        await store.RecordObservationAsync(unit, [Sighting(unit, "冀石环罚〔2026〕3号")], Third, CancellationToken.None);

        Assert.Equal((First, First, false, Second), Summary(removed));
        Assert.Equal((First, Third, true, Third), Summary(Assert.Single(await store.ListAsync(unit, CancellationToken.None))));
    }

    [Fact]
    public async Task RecordObservationAsync_SiteShowsTheRecordAgainUnchanged_WritesOnlyTheLookAndReadsTheLastSightingFromIt()
    {
        var (store, unit) = await NewUnitAsync();

        await store.RecordObservationAsync(unit, [Sighting(unit, "冀石环罚〔2026〕7号", "p1", First)], First, CancellationToken.None);
        var written = await RecordRowsAsync(unit);
        await store.RecordObservationAsync(unit, [Sighting(unit, "冀石环罚〔2026〕7号", "p2", Second)], Second, CancellationToken.None);

        Assert.Equal(written, await RecordRowsAsync(unit));
        var history = Assert.Single(await store.ListAsync(unit, CancellationToken.None));
        Assert.Equal((First, Second, true, Second), Summary(history));
        Assert.Equal(("p2", Second), (history.Evidence.SnapshotBlob, history.Evidence.ObservedAt));
    }

    [Fact]
    public async Task RecordObservationAsync_RecordTakenDownAfterLooksThatDidNotWriteIt_KeepsTheLastLookThatShowedIt()
    {
        var (store, unit) = await NewUnitAsync();

        await store.RecordObservationAsync(unit, [Sighting(unit, "冀石环罚〔2026〕8号", "p1", First)], First, CancellationToken.None);
        await store.RecordObservationAsync(unit, [Sighting(unit, "冀石环罚〔2026〕8号", "p2", Second)], Second, CancellationToken.None);
        await store.RecordObservationAsync(unit, [], Third, CancellationToken.None);

        var history = Assert.Single(await store.ListAsync(unit, CancellationToken.None));
        Assert.Equal((First, Second, false, Third), Summary(history));
        Assert.Equal(("p2", Second), (history.Evidence.SnapshotBlob, history.Evidence.ObservedAt));
    }

    [Fact]
    public async Task RecordObservationAsync_PageOfTheRecordChanged_RewritesTheRecordWithTheNewPage()
    {
        var (store, unit) = await NewUnitAsync();

        await store.RecordObservationAsync(unit, [Sighting(unit, "冀石环罚〔2026〕9号", "p1", First)], First, CancellationToken.None);
        var written = await RecordRowsAsync(unit);
        var moved = Sighting(unit, "冀石环罚〔2026〕9号", "p2", Second);
        await store.RecordObservationAsync(unit, [moved with { Evidence = moved.Evidence with { Sha256 = new string('b', 64), Row = 3 } }], Second, CancellationToken.None);

        Assert.NotEqual(written, await RecordRowsAsync(unit));
        var history = Assert.Single(await store.ListAsync(unit, CancellationToken.None));
        Assert.Equal((new string('b', 64), 3, "p2"), (history.Evidence.Sha256, history.Evidence.Row, history.Evidence.SnapshotBlob));
    }

    [Fact]
    public async Task RecordObservationAsync_SameLookTwice_LeavesTheSameHistory()
    {
        var (store, unit) = await NewUnitAsync();
        IReadOnlyList<PublishedSighting> look = [Sighting(unit, "冀石环罚〔2026〕4号"), Sighting(unit, "冀石环罚〔2026〕5号")];

        await store.RecordObservationAsync(unit, [Sighting(unit, "冀石环罚〔2026〕6号")], First, CancellationToken.None);
        await store.RecordObservationAsync(unit, look, Second, CancellationToken.None);
        var once = Ordered(await store.ListAsync(unit, CancellationToken.None));
        await store.RecordObservationAsync(unit, look, Second, CancellationToken.None);
        var twice = Ordered(await store.ListAsync(unit, CancellationToken.None));

        Assert.Equal(3, once.Count);
        Assert.Equal(once.Select(Summary), twice.Select(Summary));
        Assert.Equal([true, true, false], twice.Select(h => h.Shown));
    }

    [Fact]
    public async Task RecordObservationAsync_PublishedExportAfterACrawl_HidesNeitherTheCrawledRecordsNorAnotherFilesRecords()
    {
        var (store, unit) = await NewUnitAsync();

        await store.RecordObservationAsync(unit, [Sighting(unit, "冀石环罚〔2026〕10号")], First, CancellationToken.None);
        await store.RecordObservationAsync(unit, [FromFile(unit, "冀石环罚〔2026〕11号", "9月.csv"), FromFile(unit, "冀石环罚〔2026〕12号", "9月.csv")], Second, CancellationToken.None);
        await store.RecordObservationAsync(unit, [FromFile(unit, "冀石环罚〔2026〕13号", "10月.csv")], Second, CancellationToken.None);
        await store.RecordObservationAsync(unit, [FromFile(unit, "冀石环罚〔2026〕11号", "9月.csv")], Third, CancellationToken.None);

        var histories = (await store.ListAsync(unit, CancellationToken.None)).ToDictionary(h => h.Record.Document!.Value.Original);
        Assert.Equal((First, First, true, First), Summary(histories["冀石环罚〔2026〕10号"]));
        Assert.Equal((Second, Third, true, Third), Summary(histories["冀石环罚〔2026〕11号"]));
        Assert.Equal((Second, Second, false, Third), Summary(histories["冀石环罚〔2026〕12号"]));
        Assert.Equal((Second, Second, true, Second), Summary(histories["冀石环罚〔2026〕13号"]));
    }

    [Fact]
    public async Task RecordObservationAsync_CrawlAfterAPublishedExport_LeavesTheFilesRecordsShown()
    {
        var (store, unit) = await NewUnitAsync();

        await store.RecordObservationAsync(unit, [FromFile(unit, "冀石环罚〔2026〕14号", "9月.csv")], First, CancellationToken.None);
        await store.RecordObservationAsync(unit, [], Second, CancellationToken.None);

        Assert.Equal((First, First, true, First), Summary(Assert.Single(await store.ListAsync(unit, CancellationToken.None))));
    }

    [Fact]
    public async Task RecordObservationAsync_SightingWithoutDocumentNumber_IsNotStored()
    {
        var (store, unit) = await NewUnitAsync();
        var sighting = Sighting(unit, "冀石环罚〔2026〕9号");

        await store.RecordObservationAsync(unit, [sighting with { Record = sighting.Record with { Document = null } }], First, CancellationToken.None);

        Assert.Empty(await store.ListAsync(unit, CancellationToken.None));
    }

    [Fact]
    public async Task RecordObservationAsync_AnotherLookWroteAfterTheRowsWereRead_KeepsBothLooks()
    {
        var (store, unit) = await NewUnitAsync();
        await store.RecordObservationAsync(unit, [Sighting(unit, "冀石环罚〔2026〕2号")], First, CancellationToken.None);

        // As a crawl does: the rows read as it starts; meanwhile an export file is recorded for the same unit.
        var before = await store.ReadRowsAsync(unit, CancellationToken.None);
        await store.RecordObservationAsync(unit, [FromFile(unit, "冀石环罚〔2026〕1号", "2026-03.csv"), FromFile(unit, "冀石环罚〔2026〕2号", "2026-03.csv")], Second, CancellationToken.None);
        await store.RecordObservationAsync(before, [Sighting(unit, "冀石环罚〔2026〕1号"), Sighting(unit, "冀石环罚〔2026〕3号")], Third, CancellationToken.None);

        var histories = Ordered(await store.ListAsync(unit, CancellationToken.None));
        Assert.Equal(
            // 1: first seen in the file, then on the site; 2: last seen in the file, which the site's look does not
            // cover; 3: new on the site.
            [(Second, Third, true, Third), (First, Second, true, Second), (Third, Third, true, Third)],
            histories.Select(Summary));
    }

    private static async Task<(PublishedRecordStore Store, string Unit)> NewUnitAsync() =>
        (new PublishedRecordStore(await Azurite.ConnectAsync()), $"t{Guid.NewGuid():N}");

    /// <summary>The unit's record rows as stored (row key and ETag), without the look's row.</summary>
    private static async Task<List<string>> RecordRowsAsync(string unit)
    {
        var table = (await Azurite.ConnectAsync()).Tables.GetTableClient(StorageNames.PublishedRecordsTable);
        var rows = new List<string>();
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {unit}")))
        {
            if (row.ContainsKey("DocumentKey"))
            {
                rows.Add($"{row.RowKey} {row.ETag}");
            }
        }

        return rows;
    }

    private static (DateTimeOffset, DateTimeOffset, bool, DateTimeOffset) Summary(PublishedHistory h) => (h.FirstSeen, h.LastSeen, h.Shown, h.ObservedAt);

    private static List<PublishedHistory> Ordered(IReadOnlyList<PublishedHistory> histories) =>
        histories.OrderBy(h => h.Record.Document!.Value.Key, StringComparer.Ordinal).ToList();

    private static PublishedSighting FromFile(string unit, string document, string file)
    {
        var sighting = Sighting(unit, document);
        return new PublishedSighting(sighting.Record with { File = file, Row = 2 }, new Evidence($"“{file}”第2行：{document}", File: file, Row: 2));
    }

    private static PublishedSighting Sighting(string unit, string document, string blob = "snapshot", DateTimeOffset? fetchedAt = null) => new(
        new PublicationRecord(
            UploadKind.Published, unit, "http://127.0.0.1/xzcf/index.html", 1, DecisionKind.Penalty, "某某有限公司", SubjectCategory.Organization,
            "91130100MA0E2B3MXJ", null, null, DocumentNumber.From(document), new DateOnly(2026, 1, 5), "石家庄市生态环境局", null, null,
            "罚款", "罚款人民币1万元", 1m, null, new DateOnly(2027, 1, 5), null, null, null, []),
        new Evidence("行政处罚公示列表", new Uri("http://127.0.0.1/xzcf/index.html"), blob, new string('a', 64), fetchedAt ?? First));
}
