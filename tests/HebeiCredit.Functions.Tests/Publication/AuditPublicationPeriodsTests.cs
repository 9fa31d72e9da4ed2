using HebeiCredit.Auditing.Findings;
using HebeiCredit.Functions.Publication;
using HebeiCredit.Infrastructure.Publication;
using HebeiCredit.Infrastructure.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace HebeiCredit.Functions.Tests.Publication;

/// <summary>The daily timer called as the host calls it, over Azurite, for the units of a registry of its own.</summary>
public sealed class AuditPublicationPeriodsTests
{
    [Fact]
    public async Task Run_RegistryUnitShowingAnOverdueRecord_RecordsExpOverdueForTheRegistryUnitsOnly()
    {
        var today = new DateOnly(2026, 3, 4);
        var unit = $"13{Random.Shared.Next(1000, 9999)}";
        var notInRegistry = $"t{Guid.NewGuid():N}";
        var registry = Path.Combine(Path.GetTempPath(), $"sites-{unit}.json");
        await File.WriteAllTextAsync(registry, $$"""{ "sites": [ { "unit": "{{unit}}", "name": "甲市", "level": "县级市", "addressUnknown": true } ] }""");
        await using var services = await PeriodHost.BuildAsync(today, new Dictionary<string, string?> { ["SiteRegistry:Path"] = registry });
        await services.GetRequiredService<PublishedRecordStore>().RecordObservationAsync(
            notInRegistry, [PeriodHost.Sighting(notInRegistry, $"冀石环罚〔2022〕{Guid.NewGuid():N}号", new DateOnly(2022, 6, 1))], PeriodHost.At(today), CancellationToken.None);
        await services.GetRequiredService<PublishedRecordStore>().RecordObservationAsync(
            unit, [PeriodHost.Sighting(unit, $"冀石环罚〔2022〕{Guid.NewGuid():N}号", new DateOnly(2022, 6, 1))], PeriodHost.At(today), CancellationToken.None);

        await new AuditPublicationPeriods(services.GetRequiredService<PublicationPeriodAuditor>(), services.GetRequiredService<TimeProvider>(), NullLogger<AuditPublicationPeriods>.Instance)
            .Run(new TimerInfo(), CancellationToken.None);

        var stored = Assert.Single(await services.GetRequiredService<FindingStore>().ListAsync(unit, CancellationToken.None));
        Assert.Equal((RuleIds.ExpOverdue, FindingStatus.Open, "527号"), (stored.Finding.RuleId, stored.Status, stored.Finding.Clause.Version));
        Assert.Empty(await services.GetRequiredService<FindingStore>().ListAsync(notInRegistry, CancellationToken.None));
    }
}
