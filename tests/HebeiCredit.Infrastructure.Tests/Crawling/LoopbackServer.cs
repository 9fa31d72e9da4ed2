using System.Net;
using System.Net.Sockets;
using HebeiCredit.Auditing.Sites;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HebeiCredit.Infrastructure.Tests.Crawling;

/// <summary>
/// A Kestrel server on 127.0.0.1 and a free port for one test. Any name under .localhost reaches it (the address
/// guard resolves those to loopback), so one server can play several hosts. It answers /robots.txt itself (404
/// unless given a body) and counts the other requests: in total, per host, and the most running at once.
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Dictionary<string, int> perHost = new(StringComparer.OrdinalIgnoreCase);
    private int running;
    private int maxRunning;
    private int robotsRequests;

    private LoopbackServer(WebApplication app) => this.app = app;

    public int Port { get; private set; }

    public int Requests => perHost.Values.Sum();

    public int MaxConcurrent => Volatile.Read(ref maxRunning);

    public int RobotsRequests => Volatile.Read(ref robotsRequests);

    public static async Task<LoopbackServer> StartAsync(RequestDelegate handler, string? robots = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new LoopbackServer(app);
        app.Run(context => server.HandleAsync(context, handler, robots));
        await app.StartAsync();
        server.Port = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()).Port;
        return server;
    }

    public int RequestsTo(string host)
    {
        lock (perHost)
        {
            return perHost.GetValueOrDefault($"{host}.localhost");
        }
    }

    public Uri Url(string path = "/", string host = "site") => new($"http://{host}.localhost:{Port}{path}");

    public SiteEntry Site(string host = "site", bool allowPrivateNetwork = true, bool respectRobots = true) =>
        new("1301", "石家庄市", UnitLevel.City, Url("/", host), AllowPrivateNetwork: allowPrivateNetwork, RespectRobots: respectRobots);

    /// <summary>Never answers; gives up when the client leaves or the server stops.</summary>
    public static async Task HangAsync(HttpContext context)
    {
        var stopping = context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var either = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await Task.Delay(Timeout.Infinite, either.Token);
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Closes the socket with linger 0, which sends a TCP RST rather than an orderly FIN.</summary>
    public static void Reset(HttpContext context)
    {
        var socket = context.Features.Get<IConnectionSocketFeature>()!.Socket;
        socket.LingerState = new LingerOption(true, 0);
        socket.Close();
    }

    private async Task HandleAsync(HttpContext context, RequestDelegate handler, string? robots)
    {
        if (context.Request.Path == "/robots.txt")
        {
            Interlocked.Increment(ref robotsRequests);
            context.Response.StatusCode = robots is null ? 404 : 200;
            await context.Response.WriteAsync(robots ?? "");
            return;
        }

        lock (perHost)
        {
            perHost[context.Request.Host.Host] = perHost.GetValueOrDefault(context.Request.Host.Host) + 1;
        }

        var now = Interlocked.Increment(ref running);
        int seen;
        while (now > (seen = Volatile.Read(ref maxRunning)) && Interlocked.CompareExchange(ref maxRunning, now, seen) != seen)
        {
        }

        try
        {
            await handler(context);
        }
        finally
        {
            Interlocked.Decrement(ref running);
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await app.StopAsync(timeout.Token);
        await app.DisposeAsync();
    }
}
