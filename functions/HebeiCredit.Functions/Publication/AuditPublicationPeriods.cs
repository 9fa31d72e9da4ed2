using HebeiCredit.Infrastructure.Publication;
using HebeiCredit.Infrastructure.Sites;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace HebeiCredit.Functions.Publication;

public sealed class AuditPublicationPeriods(PublicationPeriodAuditor auditor, TimeProvider clock, ILogger<AuditPublicationPeriods> logger)
{
    [Function(nameof(AuditPublicationPeriods))]
    public async Task Run([TimerTrigger("%AuditPeriodsSchedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var runId = RunId.New(clock);
        var audited = await auditor.AuditAllAsync(runId, cancellationToken);
        logger.LogInformation("Run {RunId}: publication periods audited for {Units} units, {Findings} findings", runId, audited.Count, audited.Values.Sum(f => f.Count));
    }
}
