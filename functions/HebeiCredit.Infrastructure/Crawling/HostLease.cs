namespace HebeiCredit.Infrastructure.Crawling;

/// <summary>A place among a host's concurrent requests, given back on dispose; the default lease holds none.</summary>
internal readonly struct HostLease(HostSlot? slot) : IDisposable
{
    public void Dispose() => slot?.Exit();
}
