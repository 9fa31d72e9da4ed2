using HebeiCredit.Infrastructure.Sites;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace HebeiCredit.Functions.Sites;

public sealed class ScheduleCrawls(CrawlScheduler scheduler, TimeProvider clock, ILogger<ScheduleCrawls> logger)
{
    [Function(nameof(ScheduleCrawls))]
    public async Task Run([TimerTrigger("%CrawlSchedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var runId = RunId.New(clock);
        var count = await scheduler.ScheduleAsync(runId, cancellationToken);
        logger.LogInformation("Run {RunId}: enqueued {Count} site crawls", runId, count);
    }
}
