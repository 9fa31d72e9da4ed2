using BenchmarkDotNet.Running;
using HebeiCredit.Benchmarks.Crawl;
using HebeiCredit.Benchmarks.Publication;

// `crawl` is the end-to-end crawl benchmark (simulated province, 50 ms latency, wget peer); anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "crawl")
{
    return await CrawlBenchmark.RunAsync(args[1..]);
}

// `crawl-server` is the simulated province in a process of its own, started by `crawl`.
if (args.Length > 0 && args[0] == "crawl-server")
{
    return await ProvinceProcess.ServeAsync(args[1..]);
}

// `publication` is the 双公示 streaming audit against DuckDB (bench/publication-vs-duckdb.sh).
if (args.Length > 0 && args[0] == "publication")
{
    return await PublicationBenchmark.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
