using HebeiCredit.Auditing.Sites;
using HebeiCredit.Infrastructure.Sites;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace HebeiCredit.Functions.Sites;

public sealed class ProbeSites(SiteRegistryLoader registry, SiteProber prober, ILogger<ProbeSites> logger)
{
    [Function(nameof(ProbeSites))]
    public async Task Run([TimerTrigger("%ProbeSchedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var results = await prober.ProbeAllAsync((await registry.LoadAsync(cancellationToken)).Sites, cancellationToken);
        logger.LogInformation("Probed {Count} sites, {Failed} failed", results.Count, results.Values.Count(r => !r.Succeeded && r.ErrorKind != FetchErrorKind.AddressUnknown));
    }
}
