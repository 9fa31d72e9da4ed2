using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using HebeiCredit.Infrastructure.Storage;

namespace HebeiCredit.Benchmarks.Crawl;

internal sealed record StorageSummary(int Count, TimeSpan Median, TimeSpan P95);

/// <summary>
/// Times the Azure SDK's HTTP requests to the storage account (the ports of its blob, queue and table endpoints)
/// through the "System.Net.Http" activity source, which every HttpClient in the process reports to once someone listens.
/// </summary>
internal sealed class StorageTimer : IDisposable
{
    private readonly ActivityListener listener;
    private readonly ConcurrentQueue<TimeSpan> durations = new();

    public StorageTimer(StorageClients storage)
    {
        HashSet<int> ports = [storage.Blobs.Uri.Port, storage.Queues.Uri.Port, storage.Tables.Uri.Port];
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "System.Net.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                if (activity.GetTagItem("server.port") is int port && ports.Contains(port))
                {
                    durations.Enqueue(activity.Duration);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
    }

    public StorageSummary Summary()
    {
        var sorted = durations.Order().ToList();
        return sorted.Count == 0
            ? new StorageSummary(0, TimeSpan.Zero, TimeSpan.Zero)
            : new StorageSummary(sorted.Count, sorted[sorted.Count / 2], sorted[Math.Min(sorted.Count - 1, (int)(sorted.Count * 0.95))]);
    }

    public void Dispose() => listener.Dispose();
}

/// <summary>The machine's CPU counters from /proc/stat (all processes), to tell whether the CPU was saturated.</summary>
internal readonly record struct MachineCpu(long Busy, long Total)
{
    public static MachineCpu Read()
    {
        if (!File.Exists("/proc/stat"))
        {
            return default;
        }

        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var idle = fields[3] + (fields.Length > 4 ? fields[4] : 0);
        var total = fields.Take(8).Sum();
        return new MachineCpu(total - idle, total);
    }

    /// <summary>Fraction of all cores busy between <paramref name="earlier"/> and now.</summary>
    public double BusySince(MachineCpu earlier) =>
        Total - earlier.Total is var total and > 0 ? (double)(Busy - earlier.Busy) / total : 0;
}

/// <summary>This process's garbage collections: the collections of each generation, the time it was paused for them, the bytes allocated.</summary>
internal readonly record struct GcFigures(int Gen0, int Gen1, int Gen2, TimeSpan Pause, long Allocated)
{
    public static GcFigures Read() => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());

    public static GcFigures operator -(GcFigures a, GcFigures b) => new(a.Gen0 - b.Gen0, a.Gen1 - b.Gen1, a.Gen2 - b.Gen2, a.Pause - b.Pause, a.Allocated - b.Allocated);

    public override string ToString() => $"{Gen0} collections ({Gen1} of gen 1, {Gen2} of gen 2), paused {Pause.TotalMilliseconds:0} ms, {Allocated / 1048576} MB allocated";
}
