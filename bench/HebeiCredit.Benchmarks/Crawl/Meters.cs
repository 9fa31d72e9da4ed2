namespace HebeiCredit.Benchmarks.Crawl;

/// <summary>The CPU used so far by the simulated province's process and, when their process ids are given, Azurite's.</summary>
internal sealed record Meters(ProvinceProcess Server, IReadOnlyList<int>? AzuriteProcessIds)
{
    public (TimeSpan Server, TimeSpan Azurite) Read() =>
        (Server.Cpu, (AzuriteProcessIds ?? []).Aggregate(TimeSpan.Zero, (sum, pid) => sum + ProcessCpu.Of(pid)));
}
