using System.Net;
using System.Net.Sockets;
using HebeiCredit.Auditing.Sites;
using HebeiCredit.Auditing.Time;
using HebeiCredit.Simulation.Penalties;
using HebeiCredit.Simulation.Portals;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HebeiCredit.Simulation;

/// <summary>
/// Serves every portal of the simulated province from one Kestrel server on 127.0.0.1 and a free port.
/// Sites are told apart by host name ({unit}.sim.localhost), so each is its own host to the crawler.
/// Pages are built from the clock's China date (and kept for that day), so a fake clock moves the province in time.
/// </summary>
public sealed class SimulatedProvinceServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly SiteRegistry template;
    private readonly ILookup<string, PlantedDefect> defects;
    private readonly TimeProvider clock;
    private readonly SimulationOptions options;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Unit, DateOnly Today), PortalSite> portals = new();

    // Rendered once per request, day and list revision: a page then costs the server little beyond its latency. The
    // planted home-page defects answer before the cache, on every request.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Unit, DateOnly Today, int Revision, string Request), SimulatedResponse> responses = new();
    private int homeRequestsOfFlakySite;

    private SimulatedProvinceServer(WebApplication app, TimeProvider clock, SimulationOptions options)
    {
        this.app = app;
        this.clock = clock;
        this.options = options;
        template = ProvinceData.Registry();
        defects = ProvinceData.Defects().ToLookup(d => d.Unit);
        PenaltyListRevision = options.PenaltyListRevision;
    }

    /// <summary>
    /// Which 行政处罚 lists the portals show: 0 as at the first crawl, 1 after the planted removals
    /// (<see cref="SimulatedPenalties"/>). Switch it between two crawls to make the removals visible.
    /// </summary>
    public int PenaltyListRevision { get; set; }

    public int Port { get; private set; }

    /// <summary>The simulated registry with the portals pointing at this server's port.</summary>
    public SiteRegistry Registry { get; private set; } = null!;

    /// <summary>The registry as a file, for `hebeicredit audit --registry` while `hebeicredit serve` runs.</summary>
    public string RegistryJson { get; private set; } = "";

    public static async Task<SimulatedProvinceServer> StartAsync(TimeProvider clock, SimulationOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SimulationOptions();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        var app = builder.Build();
        var server = new SimulatedProvinceServer(app, clock, options);
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.Port = new Uri(address).Port;
        server.RegistryJson = SimulatedRegistry.WithPort(server.template, server.Port);
        server.Registry = SiteRegistry.Parse(server.RegistryJson, "samples/province/sites.json");
        return server;
    }

    /// <summary>The portal of one unit as it stands today, for tests that compare a crawl with what was served.</summary>
    public PortalSite Portal(string unit) => portals.GetOrAdd(
        (unit, ChinaTime.Today(clock)),
        key => PortalBuilder.Build(key.Unit, template.Find(key.Unit)!.Name, defects[key.Unit].ToList(), key.Today, options.Seed));

    /// <summary>The unit's 行政处罚 list as its portal shows it today at the current revision.</summary>
    public IReadOnlyList<SimulatedPenalty> PenaltyList(string unit) => PenaltyList(unit, PenaltyListRevision);

    private List<SimulatedPenalty> PenaltyList(string unit, int revision) =>
        SimulatedPenalties.For(unit, template.Find(unit)!.Name, ChinaTime.Today(clock), options.Seed).Where(p => p.ShownAt(revision)).ToList();

    private async Task HandleAsync(HttpContext context)
    {
        var unit = context.Request.Host.Host.Split('.')[0];
        if (template.Find(unit) is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (options.Latency > TimeSpan.Zero)
        {
            await Task.Delay(options.Latency, context.RequestAborted);
        }

        var path = context.Request.Path.Value ?? "/";
        var kinds = defects[unit].Select(d => d.Kind).ToHashSet();
        if (path == "/" && await HomeDefectAsync(context, kinds))
        {
            return;
        }

        var revision = PenaltyListRevision;
        var key = (unit, ChinaTime.Today(clock), revision, path + context.Request.QueryString.Value);
        var response = responses.GetOrAdd(key, _ =>
            PenaltyListResponder.Handles(path) && template.Find(unit)!.PenaltyList is { } list
                ? new PenaltyListResponder(Portal(unit), list, PenaltyList(unit, revision)).Respond(path, context.Request.Query)
                : new PortalResponder(Portal(unit)).Respond(path));
        await response.WriteAsync(context);
    }

    /// <returns>True when a planted home-page defect has answered (or refused to answer) the request.</returns>
    private async Task<bool> HomeDefectAsync(HttpContext context, HashSet<string> kinds)
    {
        if (kinds.Contains(PlantedDefect.Http503)
            || (kinds.Contains(PlantedDefect.DownSometimes) && Interlocked.Increment(ref homeRequestsOfFlakySite) % 10 == 0))
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await context.Response.WriteAsync("<html><body><h1>503 Service Unavailable</h1></body></html>", context.RequestAborted);
            return true;
        }

        if (kinds.Contains(PlantedDefect.NeverAnswers))
        {
            await WaitForeverAsync(context);
            return true;
        }

        if (kinds.Contains(PlantedDefect.ConnectionReset))
        {
            Reset(context);
            return true;
        }

        if (kinds.Contains(PlantedDefect.RedirectToPrivate))
        {
            context.Response.Redirect("http://169.254.169.254/latest/meta-data/");
            return true;
        }

        if (kinds.Contains(PlantedDefect.Slow))
        {
            await Task.Delay(options.SlowDelay, context.RequestAborted);
        }

        return false;
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
