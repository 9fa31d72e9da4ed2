using HebeiCredit.Auditing.Sites;
using HebeiCredit.Infrastructure.Crawling;
using HebeiCredit.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace HebeiCredit.Infrastructure.Sites;

/// <summary>One availability probe of a site's home page, recorded in table Probes.</summary>
public sealed class SiteProber(PageFetcher fetcher, ProbeStore probes, IOptions<CrawlOptions> options, TimeProvider clock)
{
    /// <summary>Probes every site once, a bounded number at a time; one site's failure never stops the others.</summary>
    public async Task<IReadOnlyDictionary<string, FetchOutcome>> ProbeAllAsync(IEnumerable<SiteEntry> sites, CancellationToken cancellationToken)
    {
        var results = new System.Collections.Concurrent.ConcurrentDictionary<string, FetchOutcome>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxConcurrentSites, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(sites, parallel, async (site, ct) => results[site.Unit] = await ProbeAsync(site, ct));
        return results;
    }

    public async Task<FetchOutcome> ProbeAsync(SiteEntry site, CancellationToken cancellationToken)
    {
        var outcome = site.Portal is null
            ? new FetchOutcome(null, clock.GetUtcNow(), TimeSpan.Zero, FetchErrorKind.AddressUnknown, Error: site.Note, Attempts: 0)
            : (await fetcher.FetchAsync(site, site.Portal, FetchPurpose.Probe, cancellationToken)).Outcome;
        await probes.SaveAsync(site.Unit, outcome, cancellationToken);
        return outcome;
    }
}
