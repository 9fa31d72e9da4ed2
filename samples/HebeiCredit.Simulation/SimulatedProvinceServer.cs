using System.Net;
using System.Net.Sockets;
using System.Text;
using HebeiCredit.Auditing.Sites;
using HebeiCredit.Auditing.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HebeiCredit.Simulation;

/// <summary>
/// Serves every portal of the simulated province from one Kestrel server on 127.0.0.1 and a free port.
/// Sites are told apart by host name ({unit}.sim.localhost), so each is its own host to the crawler.
/// </summary>
public sealed class SimulatedProvinceServer : IAsyncDisposable
{
    public const int DefaultSeed = 20210615;

    private readonly WebApplication app;
    private readonly SiteRegistry template;
    private readonly Dictionary<string, string> defects;
    private readonly TimeProvider clock;
    private readonly int seed;

    private SimulatedProvinceServer(WebApplication app, TimeProvider clock, int seed)
    {
        this.app = app;
        this.clock = clock;
        this.seed = seed;
        template = ProvinceData.Registry();
        defects = ProvinceData.Defects().ToDictionary(d => d.Unit, d => d.Kind);
    }

    public int Port { get; private set; }

    /// <summary>The simulated registry with the portals pointing at this server's port.</summary>
    public SiteRegistry Registry { get; private set; } = null!;

    /// <summary>The registry as a file, for `hebeicredit audit --registry` while `hebeicredit serve` runs.</summary>
    public string RegistryJson { get; private set; } = "";

    public static async Task<SimulatedProvinceServer> StartAsync(TimeProvider clock, int seed = DefaultSeed, int port = 0, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var server = new SimulatedProvinceServer(app, clock, seed);
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.Port = new Uri(address).Port;
        server.RegistryJson = SimulatedRegistry.WithPort(server.template, server.Port);
        server.Registry = SiteRegistry.Parse(server.RegistryJson, "samples/province/sites.json");
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var unit = context.Request.Host.Host.Split('.')[0];
        var site = template.Find(unit);
        if (site is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        switch (defects.GetValueOrDefault(unit))
        {
            case PlantedDefect.Http503:
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                await context.Response.WriteAsync("<html><body><h1>503 Service Unavailable</h1></body></html>", context.RequestAborted);
                return;
            case PlantedDefect.NeverAnswers:
                await WaitForeverAsync(context);
                return;
            case PlantedDefect.ConnectionReset:
                Reset(context);
                return;
        }

        if (context.Request.Path != "/")
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        var page = PortalPageGenerator.HomePage(site, ChinaTime.Today(clock), seed);
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(page), context.RequestAborted);
    }

    private async Task WaitForeverAsync(HttpContext context)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, app.Lifetime.ApplicationStopping);
        try
        {
            await Task.Delay(Timeout.Infinite, either.Token);
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Closes the socket with linger 0, which sends a TCP RST rather than an orderly FIN.</summary>
    private static void Reset(HttpContext context)
    {
        var socket = context.Features.Get<IConnectionSocketFeature>()?.Socket;
        if (socket is null)
        {
            context.Abort();
            return;
        }

        socket.LingerState = new LingerOption(true, 0);
        socket.Close();
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await app.StopAsync(timeout.Token);
        await app.DisposeAsync();
    }
}
