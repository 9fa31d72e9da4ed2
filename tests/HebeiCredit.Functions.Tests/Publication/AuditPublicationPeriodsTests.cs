using HebeiCredit.Auditing.Findings;
using HebeiCredit.Functions.Publication;
using HebeiCredit.Infrastructure.Publication;
using HebeiCredit.Infrastructure.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace HebeiCredit.Functions.Tests.Publication;

/// <summary>The daily timer called as the host calls it, over Azurite (shared: it audits every unit PublishedRecords knows).</summary>
public sealed class AuditPublicationPeriodsTests
{
    [Fact]
    public async Task Run_UnitShowingAnOverdueRecord_RecordsExpOverdue()
    {
        var today = new DateOnly(2026, 3, 4);
        await using var services = await PeriodHost.BuildAsync(today);
        var unit = $"t{Guid.NewGuid():N}";
        await services.GetRequiredService<PublishedRecordStore>().RecordObservationAsync(
            unit, [PeriodHost.Sighting(unit, $"冀石环罚〔2022〕{Guid.NewGuid():N}号", new DateOnly(2022, 6, 1))], PeriodHost.At(today), CancellationToken.None);

        await new AuditPublicationPeriods(services.GetRequiredService<PublicationPeriodAuditor>(), services.GetRequiredService<TimeProvider>(), NullLogger<AuditPublicationPeriods>.Instance)
            .Run(new TimerInfo(), CancellationToken.None);

        var stored = Assert.Single(await services.GetRequiredService<FindingStore>().ListAsync(unit, CancellationToken.None));
        Assert.Equal((RuleIds.ExpOverdue, FindingStatus.Open, "527号"), (stored.Finding.RuleId, stored.Status, stored.Finding.Clause.Version));
    }
}
