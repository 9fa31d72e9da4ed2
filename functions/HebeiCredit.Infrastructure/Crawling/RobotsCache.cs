using System.Collections.Concurrent;

namespace HebeiCredit.Infrastructure.Crawling;

/// <summary>Each origin's robots.txt rules, read once and kept for a while; concurrent askers share one read.</summary>
internal sealed class RobotsCache(TimeSpan duration, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, (DateTimeOffset Expires, Lazy<Task<RobotsRules>> Rules)> origins = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="read">Reads one robots.txt; it bounds its own time and reports failures as rules, never throws.</param>
    public Task<RobotsRules> GetAsync(Uri url, Func<Uri, Task<RobotsRules>> read, CancellationToken cancellationToken)
    {
        var origin = url.GetLeftPart(UriPartial.Authority);
        var now = clock.GetUtcNow();
        var entry = origins.AddOrUpdate(
            origin,
            _ => New(),
            (_, existing) => existing.Expires > now && !existing.Rules.Value.IsFaulted ? existing : New());
        return entry.Rules.Value.WaitAsync(cancellationToken);

        (DateTimeOffset, Lazy<Task<RobotsRules>>) New() => (now + duration, new Lazy<Task<RobotsRules>>(() => read(new Uri(origin + "/robots.txt"))));
    }
}
