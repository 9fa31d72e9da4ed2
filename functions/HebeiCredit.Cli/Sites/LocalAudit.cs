using HebeiCredit.Auditing.Sites;
using HebeiCredit.Infrastructure.Crawling;
using HebeiCredit.Infrastructure.Sites;
using HebeiCredit.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace HebeiCredit.Cli.Sites;

/// <summary>
/// What the functions do across a run (probe every site, crawl every site), done in one process: the same
/// services, with the queue fan-out replaced by a bounded parallel loop.
/// </summary>
internal sealed class LocalAudit(IServiceProvider services, IAnsiConsole console)
{
    public async Task<AuditResult> RunAsync(SiteRegistry registry, CancellationToken cancellationToken)
    {
        await StorageProbe.EnsureReachableAsync(services.GetRequiredService<StorageClients>(), cancellationToken);
        var clock = services.GetRequiredService<TimeProvider>();
        var runId = RunId.New(clock);
        var checks = new Dictionary<string, SiteCheck>();
        IReadOnlyDictionary<string, FetchOutcome> probes = new Dictionary<string, FetchOutcome>();

        await console.Progress().AutoClear(true).StartAsync(async progress =>
        {
            var probing = progress.AddTask("探测可用性", maxValue: registry.Sites.Count);
            var crawling = progress.AddTask("抓取栏目并审计", maxValue: registry.Sites.Count);
            // Probe first, so that the crawl's availability verdict includes this run's probe.
            probes = await services.GetRequiredService<SiteProber>().ProbeAllAsync(registry.Sites, cancellationToken);
            probing.Value = probing.MaxValue;

            var parallel = new ParallelOptions
            {
                MaxDegreeOfParallelism = services.GetRequiredService<IOptions<CrawlOptions>>().Value.MaxConcurrentSites,
                CancellationToken = cancellationToken,
            };
            await Parallel.ForEachAsync(registry.Sites, parallel, async (site, ct) =>
            {
                var check = await services.GetRequiredService<SiteCrawler>().CrawlAsync(new CrawlRequest(runId, site), ct);
                lock (checks)
                {
                    checks[site.Unit] = check;
                }

                crawling.Increment(1);
            });
        });

        return new AuditResult(runId, registry, probes, checks);
    }
}
