namespace HebeiCredit.Infrastructure.Crawling;

/// <summary>A place among a host's concurrent requests, given back on dispose; the default lease holds none.</summary>
internal readonly struct HostLease(SemaphoreSlim? running) : IDisposable
{
    public void Dispose() => running?.Release();
}
