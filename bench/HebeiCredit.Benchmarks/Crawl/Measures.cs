using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using HebeiCredit.Infrastructure.Storage;

namespace HebeiCredit.Benchmarks.Crawl;

internal sealed record StorageSummary(int Count, TimeSpan Median, TimeSpan P95);

/// <summary>
/// Times the Azure SDK's requests to the storage account from inside the clients' pipelines. (An ActivityListener on
/// "System.Net.Http" would also make every page request of the crawl build an Activity and send a traceparent header,
/// a cost the measured crawl does not have in production.)
/// </summary>
internal sealed class StorageTimer : HttpPipelinePolicy
{
    private ConcurrentQueue<TimeSpan> durations = new();

    /// <summary>The storage clients for <paramref name="connectionString"/>, each request timed by this policy.</summary>
    public StorageClients Clients(string connectionString)
    {
        T Timed<T>(T options) where T : ClientOptions
        {
            options.AddPolicy(this, HttpPipelinePosition.PerRetry);
            return options;
        }

        return new StorageClients(
            new BlobServiceClient(connectionString, Timed(new BlobClientOptions())),
            new QueueServiceClient(connectionString, Timed(new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 })),
            new TableServiceClient(connectionString, Timed(new TableClientOptions())));
    }

    /// <summary>The requests timed since the last call.</summary>
    public StorageSummary Take()
    {
        var sorted = Interlocked.Exchange(ref durations, new ConcurrentQueue<TimeSpan>()).Order().ToList();
        return sorted.Count == 0
            ? new StorageSummary(0, TimeSpan.Zero, TimeSpan.Zero)
            : new StorageSummary(sorted.Count, sorted[sorted.Count / 2], sorted[Math.Min(sorted.Count - 1, (int)(sorted.Count * 0.95))]);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var started = Stopwatch.GetTimestamp();
        ProcessNext(message, pipeline);
        durations.Enqueue(Stopwatch.GetElapsedTime(started));
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var started = Stopwatch.GetTimestamp();
        await ProcessNextAsync(message, pipeline);
        durations.Enqueue(Stopwatch.GetElapsedTime(started));
    }
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
