namespace HebeiCredit.Infrastructure.Crawling;

/// <summary>One host's share of the politeness budget: how many requests may run and when the next may start.</summary>
internal sealed class HostSlot(int maxConcurrent)
{
    private readonly Lock gate = new();
    private DateTimeOffset nextStart = DateTimeOffset.MinValue;

    public SemaphoreSlim Running { get; } = new(maxConcurrent, maxConcurrent);

    /// <summary>Books the next start time at least <paramref name="minDelay"/> after the previous one; returns the wait.</summary>
    public TimeSpan Reserve(DateTimeOffset now, TimeSpan minDelay)
    {
        lock (gate)
        {
            var start = nextStart > now ? nextStart : now;
            nextStart = start + minDelay;
            return start - now;
        }
    }
}
