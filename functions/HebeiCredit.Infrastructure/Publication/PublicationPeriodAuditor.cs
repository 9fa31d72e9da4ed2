using HebeiCredit.Auditing.Calendar;
using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Publication.Periods;
using HebeiCredit.Auditing.Time;
using HebeiCredit.Infrastructure.Calendar;
using HebeiCredit.Infrastructure.Policies;
using HebeiCredit.Infrastructure.Repair;
using HebeiCredit.Infrastructure.Sites;
using HebeiCredit.Infrastructure.Storage;
using Microsoft.Extensions.Logging;

namespace HebeiCredit.Infrastructure.Publication;

/// <summary>
/// Runs the publication-period audit (EXP-*, REP-*) of a unit over what its site has shown (table PublishedRecords)
/// and the national repairs (table Repairs), and records the findings: a finding no longer seen is marked fixed.
/// A unit whose dates the working calendar does not cover is logged and skipped, the others still audited.
/// </summary>
public sealed class PublicationPeriodAuditor(
    PublishedRecordStore published,
    PublishedRecordIndex index,
    RepairStore repairs,
    FindingStore findings,
    PublicationPeriodPolicyLoader policies,
    WorkingCalendarLoader calendars,
    SiteRegistryLoader registry,
    TimeProvider clock,
    ILogger<PublicationPeriodAuditor> logger)
{
    /// <summary>Audits every unit of the site registry (the units the province supervises); returns each unit's findings.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Finding>>> AuditAllAsync(string runId, CancellationToken cancellationToken) =>
        await AuditUnitsAsync((await registry.LoadAsync(cancellationToken)).Sites.Select(site => site.Unit).ToList(), runId, cancellationToken);

    /// <summary>Audits the units whose site has shown one of the 文书号s (a repair upload's units).</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Finding>>> AuditHoldersAsync(IReadOnlyCollection<string> documentKeys, string runId, CancellationToken cancellationToken) =>
        await AuditUnitsAsync(await index.UnitsHoldingAsync(documentKeys, cancellationToken), runId, cancellationToken);

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Finding>>> AuditUnitsAsync(IReadOnlyList<string> units, string runId, CancellationToken cancellationToken)
    {
        var policy = await policies.LoadAsync(cancellationToken);
        var calendar = await calendars.LoadAsync(cancellationToken);
        var repaired = await repairs.ListAsync(cancellationToken);
        var today = ChinaTime.Today(clock);
        var now = clock.GetUtcNow();
        var result = new Dictionary<string, IReadOnlyList<Finding>>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            var histories = await published.ListAsync(unit, cancellationToken);
            IReadOnlyList<Finding> unitFindings;
            try
            {
                unitFindings = PublicationPeriodAudit.Evaluate(unit, histories, repaired, policy, calendar, today);
            }
            catch (CalendarYearNotCoveredException e)
            {
                // One unit's dates beyond the calendar (a State Council notice not loaded yet) must not stop the others;
                // its findings stay as they were until the notice is added (Calendar__Blob).
                logger.LogError(e, "Run {RunId}: publication periods of {Unit} not audited: {Reason}", runId, unit, e.Message);
                continue;
            }

            foreach (var prefix in PublicationPeriodAudit.RulePrefixes)
            {
                var owned = unitFindings.Where(f => f.RuleId.StartsWith(prefix, StringComparison.Ordinal)).ToList();
                await findings.RecordAuditAsync(unit, prefix, owned, runId, now, cancellationToken);
            }

            logger.LogInformation("Run {RunId}: publication periods of {Unit}: {Records} records, {Findings} findings", runId, unit, histories.Count, unitFindings.Count);
            result[unit] = unitFindings;
        }

        return result;
    }
}
