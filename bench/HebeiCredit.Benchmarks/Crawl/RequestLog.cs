using System.Collections.Concurrent;
using System.Diagnostics;

namespace HebeiCredit.Benchmarks.Crawl;

/// <summary>One request the crawler's HttpClient sent: which host, which path, when, how long, and the answer.</summary>
internal sealed record LoggedRequest(string Host, string Path, long Started, long Ended, int? Status)
{
    public bool IsRobots => Path == "/robots.txt";

    public TimeSpan Duration => Stopwatch.GetElapsedTime(Started, Ended);
}

/// <summary>Every request the crawler sent, and the most it ever had in flight to one host (the politeness check).</summary>
internal sealed class RequestLog
{
    private readonly ConcurrentQueue<LoggedRequest> requests = new();
    private readonly ConcurrentDictionary<string, int[]> inFlight = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<LoggedRequest> Requests => requests.ToArray();

    public int MaxInFlight(string host) => inFlight.TryGetValue(host, out var counters) ? Volatile.Read(ref counters[1]) : 0;

    public void Clear()
    {
        requests.Clear();
        inFlight.Clear();
    }

    public IDisposable Enter(string host)
    {
        var counters = inFlight.GetOrAdd(host, _ => new int[2]);
        var now = Interlocked.Increment(ref counters[0]);
        for (var max = Volatile.Read(ref counters[1]); now > max && Interlocked.CompareExchange(ref counters[1], now, max) != max; max = Volatile.Read(ref counters[1]))
        {
        }

        return new Exit(counters);
    }

    public void Add(LoggedRequest request) => requests.Enqueue(request);

    private sealed class Exit(int[] counters) : IDisposable
    {
        public void Dispose() => Interlocked.Decrement(ref counters[0]);
    }
}

/// <summary>Wraps the crawler's primary handler: logs each request, the Azure SDK's traffic is not seen here.</summary>
internal sealed class CountingHandler(RequestLog log) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var host = request.Headers.Host ?? request.RequestUri!.Host;
        var path = request.RequestUri!.AbsolutePath;
        var started = Stopwatch.GetTimestamp();
        int? status = null;
        using var _ = log.Enter(host);
        try
        {
            // The response is read after SendAsync returns (ResponseHeadersRead), but the simulated pages are small and
            // sent in one write after the 50 ms delay, so headers-received is within a millisecond of the whole body.
            var response = await base.SendAsync(request, cancellationToken);
            status = (int)response.StatusCode;
            return response;
        }
        finally
        {
            log.Add(new LoggedRequest(host, path, started, Stopwatch.GetTimestamp(), status));
        }
    }
}
