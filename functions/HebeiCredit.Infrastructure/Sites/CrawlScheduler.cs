using HebeiCredit.Auditing.Sites;
using HebeiCredit.Infrastructure.Storage;

namespace HebeiCredit.Infrastructure.Sites;

/// <summary>The fan-out: one crawl-site message per registered site.</summary>
public sealed class CrawlScheduler(SiteRegistryLoader registry, CrawlQueue queue)
{
    public async Task<int> ScheduleAsync(string runId, CancellationToken cancellationToken)
    {
        var sites = (await registry.LoadAsync(cancellationToken)).Sites;
        foreach (var site in sites)
        {
            await queue.EnqueueAsync(new CrawlRequest(runId, site), cancellationToken);
        }

        return sites.Count;
    }
}
