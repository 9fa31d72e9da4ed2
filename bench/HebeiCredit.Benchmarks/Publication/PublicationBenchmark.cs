using System.Diagnostics;
using System.Globalization;
using HebeiCredit.Auditing.Calendar;
using HebeiCredit.Auditing.Policies;
using HebeiCredit.Auditing.Publication.Sources;
using HebeiCredit.Auditing.Publication.Streaming;
using HebeiCredit.Infrastructure.Uploads.Streaming;

namespace HebeiCredit.Benchmarks.Publication;

/// <summary>
/// The 双公示 benchmark of issue 5 (bench/publication-vs-duckdb.sh runs it):
/// <c>publication generate --rows N --out DIR [--seed S]</c> writes the ledger, platform export and calendar;
/// <c>publication audit --dir DIR [--path fast|full] [--workers W] [--chunk-kb K]</c> streams them through
/// <see cref="TimelinessFileReader"/> (fast: the projected reader; full: every row through the production reader) into
/// <see cref="TimelinessTally"/> and prints one RESULT line (wall time, peak working set, the counts).
/// The audit date is fixed (2026-11-28) so the counts do not depend on the day the benchmark runs.
/// </summary>
internal static class PublicationBenchmark
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    public static async Task<int> RunAsync(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "generate":
                Generate(args);
                return 0;
            case "audit":
                await AuditAsync(args);
                return 0;
            default:
                Console.Error.WriteLine("usage: publication generate --rows N --out DIR [--seed S] | publication audit --dir DIR [--path fast|full] [--workers W] [--chunk-kb K]");
                return 2;
        }
    }

    private static void Generate(string[] args)
    {
        var rows = long.Parse(Option(args, "--rows") ?? "1000000", CultureInfo.InvariantCulture);
        var seed = int.Parse(Option(args, "--seed") ?? "20261128", CultureInfo.InvariantCulture);
        var folder = Option(args, "--out") ?? throw new ArgumentException("--out is required");
        var clock = Stopwatch.StartNew();
        var planted = PenaltyLedgerGenerator.Write(folder, rows, seed, Today);
        Console.WriteLine(FormattableString.Invariant(
            $"GENERATED rows={planted.Rows} platform_rows={planted.PlatformRows} on_time={planted.OnTime} late={planted.Late} unreported={planted.Unreported} bytes={planted.Bytes} seconds={clock.Elapsed.TotalSeconds:0.0}"));
    }

    private static async Task AuditAsync(string[] args)
    {
        var folder = Option(args, "--dir") ?? throw new ArgumentException("--dir is required");
        var options = new TimelinessReadOptions
        {
            Unit = PenaltyLedgerGenerator.Unit,
            Today = Today,
            Workers = int.Parse(Option(args, "--workers") ?? Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
            ChunkBytes = int.Parse(Option(args, "--chunk-kb") ?? "1024", CultureInfo.InvariantCulture) * 1024,
            Path = Enum.Parse<TimelinessReadPath>(Option(args, "--path") ?? "fast", ignoreCase: true),
        };
        var ledger = Path.Combine(folder, PenaltyLedgerGenerator.LedgerFile);
        var platform = Path.Combine(folder, PenaltyLedgerGenerator.PlatformFile);

        // Loaded before the clock starts, as the peer's engine is: the embedded calendar and policy.
        var calendar = WorkingCalendar.Default;
        var policy = DeadlinePolicy.Default;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();

        // Capacity hint from the file size (the generated rows are about 245 bytes), so the index need not regrow.
        var expected = (int)Math.Min(int.MaxValue / 2, new FileInfo(platform).Length / 240);
        var tally = new TimelinessTally(PenaltyLedgerGenerator.Unit, policy, calendar, Today, expected);
        var platformRead = await TimelinessFileReader.ReadAsync(platform, UploadKind.Platform, tally, options);
        var indexed = clock.Elapsed;
        var ledgerRead = await TimelinessFileReader.ReadAsync(ledger, UploadKind.Ledgers, tally, options);
        var counts = tally.Finish();
        clock.Stop();
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var ledgerRows = ledgerRead.Rows;

        Console.WriteLine(string.Join(' ',
            "RESULT",
            FormattableString.Invariant($"path={options.Path.ToString().ToLowerInvariant()} rows={ledgerRows} platform_rows={platformRead.Rows} wall_ms={clock.Elapsed.TotalMilliseconds:0} index_ms={indexed.TotalMilliseconds:0}"),
            FormattableString.Invariant($"rows_per_s={ledgerRows / clock.Elapsed.TotalSeconds:0} cpu_ms={used.TotalMilliseconds:0} peak_mb={PeakWorkingSetBytes() / 1048576.0:0}"),
            FormattableString.Invariant($"late={counts.Late} missing={counts.Missing} late_wd={counts.LateWorkingDays} on_time={counts.OnTime} pending={counts.Pending}"),
            FormattableString.Invariant($"unjudged={counts.Unjudged} decisions={counts.Decisions} record_rows={platformRead.RecordRows + ledgerRead.RecordRows}"),
            FormattableString.Invariant($"without_document={counts.WithoutDocument} without_authority={counts.WithoutAuthority}")));
    }

    /// <summary>VmHWM: the most resident memory the process has had, the figure the 1 GiB target is about.</summary>
    private static long PeakWorkingSetBytes()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
            }
        }

        return Process.GetCurrentProcess().PeakWorkingSet64;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
