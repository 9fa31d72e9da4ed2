using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HebeiCredit.Infrastructure.Crawling;

/// <summary>
/// What the crawler remembers about each host for the life of the process: its concurrency and delay allowance, its
/// circuit breaker and its robots.txt. A singleton, so that every fetcher and every site crawl shares it.
/// </summary>
public sealed class HostPolicies(IOptions<CrawlOptions> options, TimeProvider clock, ILogger<HostPolicies>? logger = null)
{
    internal HostGate Gate { get; } = new(options.Value.MaxConcurrentRequestsPerHost, options.Value.MinDelayPerHost, clock);

    internal RobotsCache Robots { get; } = new(options.Value.RobotsCacheDuration, clock);

    internal FetchPipelines Pipelines { get; } = new(options.Value, clock, logger ?? (ILogger)NullLogger.Instance);
}
