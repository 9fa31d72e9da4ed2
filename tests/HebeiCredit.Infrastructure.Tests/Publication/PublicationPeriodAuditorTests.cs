using HebeiCredit.Auditing.Findings;
using HebeiCredit.Infrastructure.Publication;
using HebeiCredit.Infrastructure.Repair;
using HebeiCredit.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace HebeiCredit.Infrastructure.Tests.Publication;

/// <summary>The period audit over tables PublishedRecords, Repairs and Findings in Azurite; each test has its own unit and 文书号s.</summary>
public sealed class PublicationPeriodAuditorTests
{
    private static readonly DateOnly Today = new(2026, 3, 4);

    [Fact]
    public async Task AuditUnitsAsync_RecordGoneBetweenTwoLooks_RecordsEarlyRemoval()
    {
        await using var services = await PeriodServices.BuildAsync(Today);
        var (unit, tag) = ($"t{Guid.NewGuid():N}", Guid.NewGuid().ToString("N")[..8]);
        var store = services.GetRequiredService<PublishedRecordStore>();
        var gone = PeriodServices.Sighting(unit, $"冀石环罚〔2026〕{tag}1号", new DateOnly(2026, 1, 20));
        var kept = PeriodServices.Sighting(unit, $"冀石环罚〔2026〕{tag}2号", new DateOnly(2026, 1, 21));
        await store.RecordObservationAsync(unit, [gone, kept], PeriodServices.At(new DateOnly(2026, 3, 2)), CancellationToken.None);
        await store.RecordObservationAsync(unit, [kept], PeriodServices.At(new DateOnly(2026, 3, 3)), CancellationToken.None);

        var audited = await services.GetRequiredService<PublicationPeriodAuditor>().AuditUnitsAsync([unit], "run-1", CancellationToken.None);

        var finding = Assert.Single(audited[unit]);
        Assert.Equal((RuleIds.ExpEarlyRemoval, $"“冀石环罚〔2026〕{tag}1号”未满最短公示期被撤下"), (finding.RuleId, finding.Summary));
        var stored = Assert.Single(await services.GetRequiredService<FindingStore>().ListAsync(unit, CancellationToken.None));
        Assert.Equal(finding.Key, stored.Finding.Key);
    }

    [Fact]
    public async Task AuditHoldersAsync_RepairedRecordStillShown_RecordsNotSyncedForTheUnitShowingIt()
    {
        await using var services = await PeriodServices.BuildAsync(Today);
        var (unit, other, tag) = ($"t{Guid.NewGuid():N}", $"t{Guid.NewGuid():N}", Guid.NewGuid().ToString("N")[..8]);
        var store = services.GetRequiredService<PublishedRecordStore>();
        var document = $"冀石环罚〔2025〕{tag}号";
        await store.RecordObservationAsync(unit, [PeriodServices.Sighting(unit, document, new DateOnly(2025, 6, 3))], PeriodServices.At(Today), CancellationToken.None);
        await store.RecordObservationAsync(other, [PeriodServices.Sighting(other, $"冀石环罚〔2025〕{tag}0号", new DateOnly(2025, 6, 3))], PeriodServices.At(Today), CancellationToken.None);
        await services.GetRequiredService<RepairStore>().UpsertAsync(
            [new("修复.csv", 2, Auditing.Publication.DocumentNumber.From(document), null, null, null, new DateOnly(2026, 2, 25), "信用修复")], CancellationToken.None);

        var audited = await services.GetRequiredService<PublicationPeriodAuditor>()
            .AuditHoldersAsync([Auditing.Publication.DocumentNumber.Normalize(document)], "run-2", CancellationToken.None);

        Assert.Equal([unit], audited.Keys);
        Assert.Equal(
            "“信用中国”于2026-02-25作出信用修复决定（信用修复），地方信用网站应在3个工作日内（至2026-02-28）同步停止公示；2026-03-04核查时仍在公示，超过时限3个工作日。",
            Assert.Single(audited[unit]).Explanation);
    }

    [Fact]
    public async Task AuditUnitsAsync_OverdueRecordTakenDown_MarksTheFindingFixed()
    {
        await using var services = await PeriodServices.BuildAsync(Today);
        var (unit, tag) = ($"t{Guid.NewGuid():N}", Guid.NewGuid().ToString("N")[..8]);
        var store = services.GetRequiredService<PublishedRecordStore>();
        var overdue = PeriodServices.Sighting(unit, $"冀石环罚〔2022〕{tag}号", new DateOnly(2022, 6, 1));
        await store.RecordObservationAsync(unit, [overdue], PeriodServices.At(Today), CancellationToken.None);
        var auditor = services.GetRequiredService<PublicationPeriodAuditor>();
        var first = await auditor.AuditUnitsAsync([unit], "run-1", CancellationToken.None);

        await store.RecordObservationAsync(unit, [], PeriodServices.At(Today).AddHours(1), CancellationToken.None);
        var second = await auditor.AuditUnitsAsync([unit], "run-2", CancellationToken.None);

        Assert.Equal(RuleIds.ExpOverdue, Assert.Single(first[unit]).RuleId);
        Assert.Empty(second[unit]);
        Assert.Equal(FindingStatus.Fixed, Assert.Single(await services.GetRequiredService<FindingStore>().ListAsync(unit, CancellationToken.None)).Status);
    }
}
