namespace HebeiCredit.Benchmarks.Crawl;

/// <summary>The CPU used so far by the simulated province's process and, when its process id is given, Azurite's.</summary>
internal sealed record Meters(ProvinceProcess Server, int? AzuriteProcessId)
{
    public (TimeSpan Server, TimeSpan Azurite) Read() => (Server.Cpu, ProcessCpu.Of(AzuriteProcessId));
}
