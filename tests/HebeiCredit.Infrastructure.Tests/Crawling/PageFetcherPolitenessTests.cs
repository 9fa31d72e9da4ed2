using System.Diagnostics;
using HebeiCredit.Auditing.Sites;
using HebeiCredit.Infrastructure.Crawling;
using Microsoft.AspNetCore.Http;

namespace HebeiCredit.Infrastructure.Tests.Crawling;

public sealed class PageFetcherPolitenessTests
{
    private const string DisallowPrivate = "User-agent: *\nDisallow: /private/\n";

    [Fact]
    public async Task FetchAsync_PathDisallowedByRobots_NotRequested()
    {
        await using var server = await LoopbackServer.StartAsync(context => context.Response.WriteAsync("page"), DisallowPrivate);
        var fetcher = TestFetcher.Create();

        var (outcome, _) = await fetcher.FetchAsync(server.Site(), server.Url("/private/list.html"), CancellationToken.None);

        Assert.Equal(FetchErrorKind.RobotsDisallowed, outcome.ErrorKind);
        Assert.Equal("robots.txt 不允许抓取 /private/list.html", outcome.Error);
        Assert.Equal(0, outcome.Attempts);
        Assert.Equal(0, server.Requests);
    }

    [Fact]
    public async Task FetchAsync_SiteIgnoresRobots_Requested()
    {
        await using var server = await LoopbackServer.StartAsync(context => context.Response.WriteAsync("page"), DisallowPrivate);
        var fetcher = TestFetcher.Create();

        var (outcome, _) = await fetcher.FetchAsync(server.Site(respectRobots: false), server.Url("/private/list.html"), CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.ToString());
        Assert.Equal(0, server.RobotsRequests);
    }

    [Fact]
    public async Task FetchAsync_ManyPagesOfOneHost_RobotsReadOnceAndAllowedPathsFetched()
    {
        await using var server = await LoopbackServer.StartAsync(context => context.Response.WriteAsync("page"), DisallowPrivate);
        var fetcher = TestFetcher.Create();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => fetcher.FetchAsync(server.Site(), server.Url($"/news/{i}.html"), CancellationToken.None)));

        Assert.All(outcomes, o => Assert.True(o.Outcome.Succeeded, o.Outcome.ToString()));
        Assert.Equal(1, server.RobotsRequests);
    }

    [Fact]
    public async Task FetchAsync_ProbeOfDisallowedHomePage_NotSubjectToRobots()
    {
        await using var server = await LoopbackServer.StartAsync(context => context.Response.WriteAsync("home"), "User-agent: *\nDisallow: /\n");
        var fetcher = TestFetcher.Create();

        var (outcome, _) = await fetcher.FetchAsync(server.Site(), server.Url(), FetchPurpose.Probe, CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.ToString());
        Assert.Equal(0, server.RobotsRequests);
    }

    [Fact]
    public async Task FetchAsync_ManyConcurrentPagesOfOneHost_AtMostTwoAtOnce()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            await Task.Delay(150);
            await context.Response.WriteAsync("page");
        });
        var fetcher = TestFetcher.Create();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => fetcher.FetchAsync(server.Site(), server.Url($"/{i}"), CancellationToken.None)));

        Assert.All(outcomes, o => Assert.True(o.Outcome.Succeeded, o.Outcome.ToString()));
        Assert.Equal(8, server.Requests);
        Assert.Equal(2, server.MaxConcurrent);
    }

    [Fact]
    public async Task FetchAsync_ProbeWhileCrawlFillsHostSlots_NotQueued()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            if (context.Request.Path.StartsWithSegments("/slow"))
            {
                await Task.Delay(1500);
            }

            await context.Response.WriteAsync("page");
        });
        var fetcher = TestFetcher.Create(o => (o.RequestTimeout, o.RetryCount) = (TimeSpan.FromSeconds(1), 0));
        var crawl = Task.WhenAll(Enumerable.Range(0, 2).Select(i => fetcher.FetchAsync(server.Site(respectRobots: false), server.Url($"/slow/{i}"), CancellationToken.None)));
        await Task.Delay(200);

        var (probe, _) = await fetcher.FetchAsync(server.Site(), server.Url(), FetchPurpose.Probe, CancellationToken.None);

        Assert.True(probe.Succeeded, probe.ToString());
        await crawl;
    }

    [Fact]
    public async Task FetchAsync_MinimumDelayPerHost_SpacesRequestStarts()
    {
        await using var server = await LoopbackServer.StartAsync(context => context.Response.WriteAsync("page"));
        var fetcher = TestFetcher.Create(o => o.MinDelayPerHost = TimeSpan.FromMilliseconds(200));
        var watch = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, 3).Select(i => fetcher.FetchAsync(server.Site(), server.Url($"/{i}"), CancellationToken.None)));

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(390), $"3 requests in {watch.Elapsed}");
    }

    [Fact]
    public async Task FetchAsync_HostKeepsFailing_CircuitOpensForThatHostOnly()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.StatusCode = context.Request.Host.Host.StartsWith("bad.", StringComparison.Ordinal) ? 500 : 200;
            await context.Response.WriteAsync("page");
        });
        var fetcher = TestFetcher.Create(o => (o.RetryCount, o.BreakerMinimumThroughput, o.BreakerFailureRatio) = (0, 3, 0.5));
        var bad = server.Site("bad");
        var good = server.Site("good");

        var badOutcomes = new List<FetchOutcome>();
        for (var i = 0; i < 5; i++)
        {
            badOutcomes.Add((await fetcher.FetchAsync(bad, server.Url($"/{i}", "bad"), CancellationToken.None)).Outcome);
            Assert.True((await fetcher.FetchAsync(good, server.Url($"/{i}", "good"), CancellationToken.None)).Outcome.Succeeded);
        }

        Assert.Equal([FetchErrorKind.HttpStatus, FetchErrorKind.HttpStatus, FetchErrorKind.HttpStatus, FetchErrorKind.CircuitOpen, FetchErrorKind.CircuitOpen], badOutcomes.Select(o => o.ErrorKind));
        Assert.Equal(3, server.RequestsTo("bad"));
        Assert.Equal(5, server.RequestsTo("good"));
    }

    [Fact]
    public async Task FetchAsync_ProbeWhileCircuitOpen_StillTriesTheSite()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = 500;
            return Task.CompletedTask;
        });
        var fetcher = TestFetcher.Create(o => (o.RetryCount, o.BreakerMinimumThroughput) = (0, 2));
        for (var i = 0; i < 3; i++)
        {
            await fetcher.FetchAsync(server.Site(), server.Url(), CancellationToken.None);
        }

        var (probe, _) = await fetcher.FetchAsync(server.Site(), server.Url(), FetchPurpose.Probe, CancellationToken.None);

        Assert.Equal(FetchErrorKind.HttpStatus, probe.ErrorKind);
        Assert.Equal(3, server.Requests);
    }
}
