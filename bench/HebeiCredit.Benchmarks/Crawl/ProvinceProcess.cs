using System.Diagnostics;
using System.Globalization;
using HebeiCredit.Auditing.Sites;
using HebeiCredit.Simulation;

namespace HebeiCredit.Benchmarks.Crawl;

/// <summary>
/// The simulated province served by a child process (this program's `crawl-server` mode), so the process CPU the
/// benchmark reports is the crawler's alone; the server's own CPU is read from /proc and reported apart.
/// </summary>
internal sealed class ProvinceProcess : IAsyncDisposable
{
    private const string ReadyPrefix = "PORT ";
    private readonly Process process;

    private ProvinceProcess(Process process, int port, SiteRegistry registry)
    {
        this.process = process;
        Port = port;
        Registry = registry;
    }

    public int Port { get; }

    public SiteRegistry Registry { get; }

    public int ProcessId => process.Id;

    public static async Task<ProvinceProcess> StartAsync(TimeSpan latency)
    {
        var registryFile = Path.GetTempFileName();
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        // A dotnet-trace of the benchmark must not reach the server: the child would inherit the tracer's port and wait for it.
        start.Environment.Remove("DOTNET_DiagnosticPorts");
        // Started the way this process was: `dotnet HebeiCredit.Benchmarks.dll` or the apphost.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ProvinceProcess).Assembly.Location);
        }

        foreach (var argument in new[] { "crawl-server", latency.TotalMilliseconds.ToString(CultureInfo.InvariantCulture), registryFile })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith(ReadyPrefix, StringComparison.Ordinal))
            {
                var port = int.Parse(line[ReadyPrefix.Length..], CultureInfo.InvariantCulture);
                var registry = SiteRegistry.Parse(await File.ReadAllTextAsync(registryFile), "samples/province/sites.json");
                File.Delete(registryFile);
                return new ProvinceProcess(process, port, registry);
            }
        }

        throw new InvalidOperationException($"The simulated province process exited ({process.ExitCode}) before serving.");
    }

    /// <summary>The child's side: serve until the parent closes our standard input.</summary>
    public static async Task<int> ServeAsync(string[] args)
    {
        var latency = TimeSpan.FromMilliseconds(double.Parse(args[0], CultureInfo.InvariantCulture));
        // SlowDelay 0: the slow site (130181) would otherwise add 6 s to its home page and be the whole story.
        await using var server = await SimulatedProvinceServer.StartAsync(
            TimeProvider.System, new SimulationOptions { Latency = latency, SlowDelay = TimeSpan.Zero });
        await File.WriteAllTextAsync(args[1], server.RegistryJson);
        Console.WriteLine($"{ReadyPrefix}{server.Port}");
        await Console.In.ReadToEndAsync();
        return 0;
    }

    public TimeSpan Cpu => ProcessCpu.Of(process.Id);

    public async ValueTask DisposeAsync()
    {
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        process.Dispose();
    }
}
