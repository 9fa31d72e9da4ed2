using HebeiCredit.Infrastructure.Sites;
using HebeiCredit.Infrastructure.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace HebeiCredit.Functions.Sites;

public sealed class CrawlSite(SiteCrawler crawler, ILogger<CrawlSite> logger)
{
    [Function(nameof(CrawlSite))]
    public async Task Run([QueueTrigger(StorageNames.CrawlQueue, Connection = StorageNames.ConnectionSetting)] string message, CancellationToken cancellationToken)
    {
        var check = await crawler.CrawlAsync(CrawlQueue.Parse(message), cancellationToken);
        logger.LogInformation("Crawled {Unit}: {ErrorKind} {StatusCode} in {Elapsed}", check.Site.Unit, check.Fetch.ErrorKind, check.Fetch.StatusCode, check.Fetch.Elapsed);
    }
}
