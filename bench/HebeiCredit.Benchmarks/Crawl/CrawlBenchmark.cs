using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using HebeiCredit.Auditing.Sites;
using HebeiCredit.Infrastructure.Crawling;
using HebeiCredit.Infrastructure.Sites;
using HebeiCredit.Infrastructure.Storage;
using HebeiCredit.Simulation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HebeiCredit.Benchmarks.Crawl;

/// <summary>
/// The crawl benchmark of issue 4: the simulated province on loopback with 50 ms added to every response, crawled by
/// the production services (AddSiteAudit, evidence to Azurite) with every site at once and 2 requests per host, then
/// the same pages fetched by GNU wget, one process per site, all in parallel, against the same server.
/// Not a test: it prints figures, and fails only when something is broken (no storage, no pages, politeness exceeded).
/// </summary>
internal static class CrawlBenchmark
{
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(50);
    private const int PerHost = 2;

    /// <summary>Planted defects that stop a site at its home page: not "reachable", crawled apart (see --failing).</summary>
    private static readonly HashSet<string> Unreachable =
        [PlantedDefect.Http503, PlantedDefect.NeverAnswers, PlantedDefect.ConnectionReset, PlantedDefect.RedirectToPrivate];

    public static async Task<int> RunAsync(string[] args)
    {
        var storage = Option(args, "--storage") ?? "UseDevelopmentStorage=true";
        var runWget = !args.Contains("--no-wget");
        var runFailing = args.Contains("--failing");
        var siteLimit = Option(args, "--sites") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : int.MaxValue;
        int? azurite = Option(args, "--azurite-pid") is { } pid ? int.Parse(pid, CultureInfo.InvariantCulture) : null;

        await using var server = await ProvinceProcess.StartAsync(Latency);
        var failingUnits = ProvinceData.Defects().Where(d => Unreachable.Contains(d.Kind)).Select(d => d.Unit).ToHashSet();
        var reachable = server.Registry.Sites.Where(s => !failingUnits.Contains(s.Unit)).Take(siteLimit).ToList();
        var failing = server.Registry.Sites.Where(s => failingUnits.Contains(s.Unit)).ToList();

        await StorageProbe.EnsureReachableAsync(StorageClients.FromConnectionString(storage), CancellationToken.None);
        Console.WriteLine($"Simulated province on 127.0.0.1:{server.Port} (process {server.ProcessId}), latency {Latency.TotalMilliseconds:0} ms per response, slow-site delay 0.");
        Console.WriteLine($"Crawling {reachable.Count} reachable sites (excluded, planted unreachable: {string.Join(", ", failingUnits.Order())}); storage: {storage}.");

        // Warm-up, not timed: the crawls of the two days before, as a Functions host that crawls daily has done before
        // the crawl of the day. They compile every path of a crawl (in our process and in Azurite's JavaScript), read
        // robots.txt, open connections, create the tables and leave the findings and list looks behind; the timed crawl
        // is the day's first (new evidence folder, findings updated from yesterday's). Two days, not one: after one,
        // Azurite's JavaScript was not yet warm (its CPU in the timed crawl 400-520 ms, against 290-360 after two), an
        // emulator's cost that the storage service a host writes to does not have. Every crawl uses the same services,
        // as a Functions host does from one crawl to the next.
        var clock = new BenchClock();
        var meters = new Meters(server, azurite);
        var log = new RequestLog();
        await using var services = Build(storage, log, clock);
        for (clock.DaysBack = 2; clock.DaysBack > 0; clock.DaysBack--)
        {
            await CrawlAsync(reachable, services, meters);
        }

        log.Clear();
        var ours = await CrawlAsync(reachable, services, meters);
        var requests = log.Requests;
        var perSite = reachable.Select(s => SiteFigures.From(s, ours.PerSite[s.Unit], requests.Where(r => r.Host.Equals(s.Portal!.Host, StringComparison.OrdinalIgnoreCase)).ToList(), log.MaxInFlight(s.Portal!.Host))).ToList();

        // The same crawl again the same day (the first crawl of a day is the scheduled case; a re-run, e.g. after a
        // fix, is this one): its findings and penalty-list rows already exist, and it stores a pack of its own.
        log.Clear();
        var again = await CrawlAsync(reachable, services, meters);
        var floor = TimeSpan.FromTicks(perSite.Max(s => s.Pages) * Latency.Ticks / PerHost);
        var slowest = perSite.MaxBy(s => s.Pages)!;

        Console.WriteLine();
        Console.WriteLine("Per site (ours): pages exclude robots.txt; span = first request start to last response; util = request time / (2 x span);");
        Console.WriteLine("crawl = the site's CrawlAsync; lead = its start to its first request; tail = its last response to its end (storing the pack, then findings and check).");
        Console.WriteLine($"{"unit",-8} {"pages",5} {"robots",6} {"span ms",8} {"util",5} {"crawl ms",8} {"lead ms",7} {"tail ms",7} {"max in flight",13}");
        foreach (var s in perSite.OrderByDescending(s => s.Crawl))
        {
            Console.WriteLine($"{s.Unit,-8} {s.Pages,5} {s.Robots,6} {s.Span.TotalMilliseconds,8:0} {s.Utilisation,5:P0} {s.Crawl.TotalMilliseconds,8:0} {s.Lead.TotalMilliseconds,7:0} {s.Tail.TotalMilliseconds,7:0} {s.MaxInFlight,13}");
        }

        WgetResult? same = null, literal = null;
        if (runWget)
        {
            // Same pages: per site, an accept-regex of exactly the paths we fetched; level 3 because our crawl reaches
            // index_2 (home -> column -> index_1 -> index_2). Literal: the issue's command as a user would type it.
            var paths = perSite.ToDictionary(s => s.Unit, s => s.PagePaths);
            same = await WgetPeer.RunAsync(server.Port, reachable, level: 3, acceptPaths: paths);
            literal = await WgetPeer.RunAsync(server.Port, reachable, level: 2, acceptPaths: null);
            var mismatched = reachable.Where(s => !same.Paths[s.Unit].SetEquals(paths[s.Unit])).Select(s => s.Unit).ToList();
            Console.WriteLine();
            Console.WriteLine(mismatched.Count == 0
                ? "wget (same pages) fetched exactly our set of URL paths on every site."
                : $"wget (same pages) fetched a different set of paths on: {string.Join(", ", mismatched)}");
        }

        FailingFigures? failed = runFailing ? await CrawlFailingAsync(failing, storage) : null;

        var pages = perSite.Sum(s => s.Pages);
        var robots = perSite.Sum(s => s.Robots);
        Console.WriteLine();
        Console.WriteLine($"| measure | ours (HebeiCredit) | wget, same pages | wget -r -l2 (literal) |");
        Console.WriteLine($"|---|---:|---:|---:|");
        Console.WriteLine($"| sites | {reachable.Count} | {reachable.Count} | {reachable.Count} |");
        Console.WriteLine($"| pages fetched (robots.txt apart) | {pages} | {same?.Pages.ToString() ?? "-"} | {literal?.Pages.ToString() ?? "-"} |");
        Console.WriteLine($"| robots.txt fetched | {robots} | {same?.Robots.ToString() ?? "-"} | {literal?.Robots.ToString() ?? "-"} |");
        Console.WriteLine($"| wall time | {Ms(ours.Wall)} | {(same is null ? "-" : Ms(same.Wall))} | {(literal is null ? "-" : Ms(literal.Wall))} |");
        Console.WriteLine($"| pages/s | {pages / ours.Wall.TotalSeconds:0} | {(same is null ? "-" : (same.Pages / same.Wall.TotalSeconds).ToString("0", CultureInfo.InvariantCulture))} | {(literal is null ? "-" : (literal.Pages / literal.Wall.TotalSeconds).ToString("0", CultureInfo.InvariantCulture))} |");
        Console.WriteLine();
        Console.WriteLine($"Politeness floor: {slowest.Pages} pages (site {slowest.Unit}) x {Latency.TotalMilliseconds:0} ms / {PerHost} = {Ms(floor)}; ours / floor = {ours.Wall / floor:0.00}x");
        Console.WriteLine($"CPU during our crawl: ours {Ms(ours.Cpu)} ({ours.Cpu.TotalMilliseconds / pages:0.00} ms a page), simulated server {Ms(ours.ServerCpu)}, Azurite {(azurite is null ? "not measured" : Ms(ours.AzuriteCpu))}; ours over {Ms(ours.Wall)} wall = {ours.Cpu / ours.Wall:0.00} cores of {Environment.ProcessorCount}; machine busy {ours.MachineBusy:P0} (all processes).");
        Console.WriteLine($"Garbage collection during our crawl: {ours.Gc}.");
        Console.WriteLine($"Storage (Azure SDK requests during our crawl): {ours.Storage.Count} requests ({(double)ours.Storage.Count / pages:0.00} a page), median {Ms(ours.Storage.Median)}, p95 {Ms(ours.Storage.P95)}; page requests median {Ms(Median(requests.Where(r => !r.IsRobots).Select(r => r.Duration)))}.");
        Console.WriteLine($"Re-crawl the same day (findings already stored): wall {Ms(again.Wall)} = {again.Wall / floor:0.00}x the floor; CPU ours {Ms(again.Cpu)}, server {Ms(again.ServerCpu)}, Azurite {Ms(again.AzuriteCpu)}; {again.Storage.Count} storage requests; machine busy {again.MachineBusy:P0}.");
        Console.WriteLine($"Largest requests in flight to one host: {perSite.Max(s => s.MaxInFlight)} (limit {PerHost}).");
        if (same is not null)
        {
            Console.WriteLine($"Ours / wget (same pages) = {ours.Wall / same.Wall:0.00}; ours / wget -l2 literal = {ours.Wall / literal!.Wall:0.00} (pages/s ratio {pages / ours.Wall.TotalSeconds / (literal.Pages / literal.Wall.TotalSeconds):0.00}).");
        }

        if (failed is not null)
        {
            Console.WriteLine($"Planted-unreachable sites crawled apart ({string.Join(", ", failed.Verdicts.Select(v => $"{v.Key}: {v.Value}"))}): {Ms(failed.Wall)}.");
        }

        // One line for bench/crawl-vs-wget.sh to take medians from.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT pages={pages} robots={robots} wall_ms={ours.Wall.TotalMilliseconds:0} floor_ms={floor.TotalMilliseconds:0} ratio={ours.Wall / floor:0.000} cpu_ms={ours.Cpu.TotalMilliseconds:0} server_cpu_ms={ours.ServerCpu.TotalMilliseconds:0} azurite_cpu_ms={ours.AzuriteCpu.TotalMilliseconds:0} storage_requests={ours.Storage.Count} busy={ours.MachineBusy:0.00} " +
            $"again_wall_ms={again.Wall.TotalMilliseconds:0} again_ratio={again.Wall / floor:0.000} again_cpu_ms={again.Cpu.TotalMilliseconds:0} again_azurite_cpu_ms={again.AzuriteCpu.TotalMilliseconds:0} again_storage_requests={again.Storage.Count} " +
            $"wget_pages={same?.Pages ?? 0} wget_wall_ms={same?.Wall.TotalMilliseconds ?? 0:0} ours_over_wget={(same is null ? 0 : ours.Wall / same.Wall):0.000} " +
            $"wgetl2_pages={literal?.Pages ?? 0} wgetl2_wall_ms={literal?.Wall.TotalMilliseconds ?? 0:0} storage_median_ms={ours.Storage.Median.TotalMilliseconds:0.0} gc_pause_ms={ours.Gc.Pause.TotalMilliseconds:0} allocated_mb={ours.Gc.Allocated / 1048576} max_in_flight={perSite.Max(s => s.MaxInFlight)} tail_ms={perSite.Max(s => s.Tail).TotalMilliseconds:0} span_ms={perSite.Max(s => s.Span).TotalMilliseconds:0} failing_ms={failed?.Wall.TotalMilliseconds ?? 0:0}"));

        return perSite.Max(s => s.MaxInFlight) > PerHost || pages == 0 ? 1 : 0;
    }

    private static async Task<CrawlFigures> CrawlAsync(IReadOnlyList<SiteEntry> sites, ServiceProvider services, Meters meters)
    {
        var crawlOptions = services.GetRequiredService<IOptions<CrawlOptions>>().Value;
        var runId = "bench-" + RunId.New(TimeProvider.System);
        var storageTimes = services.GetRequiredService<StorageTimer>();
        storageTimes.Take();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var (serverCpu, azuriteCpu) = meters.Read();
        var machine = MachineCpu.Read();
        var gc = GcFigures.Read();
        var started = Stopwatch.GetTimestamp();
        var perSite = new ConcurrentDictionary<string, SiteSpan>();

        // As the CLI does (LocalAudit): a bounded parallel loop over the sites, the full SiteCrawler per site.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = crawlOptions.MaxConcurrentSites };
        await Parallel.ForEachAsync(sites, parallel, async (site, ct) =>
        {
            var siteStarted = Stopwatch.GetTimestamp();
            await services.GetRequiredService<SiteCrawler>().CrawlAsync(new CrawlRequest(runId, site), ct);
            perSite[site.Unit] = new SiteSpan(siteStarted, Stopwatch.GetTimestamp());
        });

        var wall = Stopwatch.GetElapsedTime(started);
        process.Refresh();
        var (serverAfter, azuriteAfter) = meters.Read();
        return new CrawlFigures(wall, process.TotalProcessorTime - cpu, serverAfter - serverCpu, azuriteAfter - azuriteCpu, MachineCpu.Read().BusySince(machine), perSite, storageTimes.Take(), GcFigures.Read() - gc);
    }

    /// <summary>Crawls the planted-unreachable sites on their own and reports each verdict and the time to reach them all.</summary>
    private static async Task<FailingFigures> CrawlFailingAsync(IReadOnlyList<SiteEntry> sites, string storage)
    {
        await using var services = Build(storage, new RequestLog(), TimeProvider.System);
        var runId = "bench-failing-" + RunId.New(TimeProvider.System);
        var verdicts = new ConcurrentDictionary<string, string>();
        var started = Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(sites, new ParallelOptions { MaxDegreeOfParallelism = sites.Count }, async (site, ct) =>
        {
            var check = await services.GetRequiredService<SiteCrawler>().CrawlAsync(new CrawlRequest(runId, site), ct);
            verdicts[site.Unit] = check.Fetch.ErrorKind.ToString();
        });
        return new FailingFigures(Stopwatch.GetElapsedTime(started), new SortedDictionary<string, string>(verdicts));
    }

    /// <summary>The production registrations (AddSiteAudit) with production crawl settings, every site at once, and the counting handler.</summary>
    private static ServiceProvider Build(string storage, RequestLog log, TimeProvider clock)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [StorageNames.ConnectionSetting] = storage,
            ["Crawl:MaxConcurrentSites"] = "33",
            ["Crawl:MaxConcurrentRequestsPerHost"] = PerHost.ToString(CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(clock);
        services.AddLogging();
        services.AddSiteAudit(configuration);
        var storageTimes = new StorageTimer();
        services.AddSingleton(storageTimes);
        services.AddSingleton(storageTimes.Clients(storage));
        services.AddHttpClient<PageFetcher>().AddHttpMessageHandler(() => new CountingHandler(log));
        return services.BuildServiceProvider(validateScopes: true);
    }

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    internal static string Ms(TimeSpan t) => $"{t.TotalMilliseconds:0} ms";

    internal static TimeSpan Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? TimeSpan.Zero : sorted[sorted.Count / 2];
    }
}

internal sealed record CrawlFigures(TimeSpan Wall, TimeSpan Cpu, TimeSpan ServerCpu, TimeSpan AzuriteCpu, double MachineBusy, IReadOnlyDictionary<string, SiteSpan> PerSite, StorageSummary Storage, GcFigures Gc);

internal sealed record FailingFigures(TimeSpan Wall, IReadOnlyDictionary<string, string> Verdicts);

/// <summary>When one site's CrawlAsync started and ended (Stopwatch timestamps).</summary>
internal sealed record SiteSpan(long Started, long Ended);

/// <summary>One site's requests in our crawl, and the time its crawl spent before the first and after the last.</summary>
internal sealed record SiteFigures(string Unit, int Pages, int Robots, TimeSpan Span, double Utilisation, TimeSpan Crawl, TimeSpan Lead, TimeSpan Tail, int MaxInFlight, HashSet<string> PagePaths)
{
    public static SiteFigures From(SiteEntry site, SiteSpan crawl, IReadOnlyList<LoggedRequest> requests, int maxInFlight)
    {
        var pages = requests.Where(r => !r.IsRobots).ToList();
        var first = requests.Count == 0 ? crawl.Ended : requests.Min(r => r.Started);
        var last = requests.Count == 0 ? crawl.Ended : requests.Max(r => r.Ended);
        var span = Stopwatch.GetElapsedTime(first, last);
        var busy = requests.Aggregate(TimeSpan.Zero, (sum, r) => sum + r.Duration);
        return new SiteFigures(
            site.Unit, pages.Count, requests.Count - pages.Count, span, span > TimeSpan.Zero ? busy / (2 * span) : 0,
            Stopwatch.GetElapsedTime(crawl.Started, crawl.Ended), Stopwatch.GetElapsedTime(crawl.Started, first), Stopwatch.GetElapsedTime(last, crawl.Ended),
            maxInFlight, pages.Select(r => r.Path).ToHashSet());
    }
}
