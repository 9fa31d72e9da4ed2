using HebeiCredit.Infrastructure.Overview;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace HebeiCredit.Functions.Notices;

/// <summary>
/// The monthly notices, then the overview. %NoticeSchedule% is NCRONTAB in UTC (no WEBSITE_TIME_ZONE: Flex
/// Consumption on Linux does not honour it): "0 0 17 20 * *" is 01:00 China Standard Time on the 21st, right after
/// the 20th's cut-off has ended, four days before the 25th.
/// </summary>
public sealed class BuildNotices(NoticePublisher publisher, ILogger<BuildNotices> logger)
{
    [Function(nameof(BuildNotices))]
    public async Task Run([TimerTrigger("%NoticeSchedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var build = await publisher.PublishDueAsync(cancellationToken);
        logger.LogInformation("Built notices of {Period}: {Files} files, overview rebuilt", build.Model.Period.Id, build.Files.Count);
    }
}
