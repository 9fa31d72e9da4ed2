using System.Collections.Concurrent;

namespace HebeiCredit.Infrastructure.Crawling;

/// <summary>
/// Politeness per host (host:port), for the whole process: at most N requests at once and a least delay between
/// request starts. Sites crawled concurrently share one host's allowance when they share the host.
/// </summary>
internal sealed class HostGate(int maxConcurrentPerHost, TimeSpan minDelay, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, HostSlot> hosts = new(StringComparer.OrdinalIgnoreCase);

    public async ValueTask<HostLease> EnterAsync(Uri url, CancellationToken cancellationToken)
    {
        var slot = hosts.GetOrAdd(url.Authority, _ => new HostSlot(maxConcurrentPerHost));
        await slot.EnterAsync(cancellationToken);
        try
        {
            var wait = slot.Reserve(clock.GetUtcNow(), minDelay);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock, cancellationToken);
            }
        }
        catch
        {
            slot.Exit();
            throw;
        }

        return new HostLease(slot);
    }
}
