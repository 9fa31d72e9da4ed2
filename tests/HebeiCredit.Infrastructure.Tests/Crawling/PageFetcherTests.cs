using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using HebeiCredit.Auditing.Sites;
using HebeiCredit.Infrastructure.Crawling;
using HebeiCredit.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace HebeiCredit.Infrastructure.Tests.Crawling;

public sealed class PageFetcherTests
{
    private static readonly Encoding Gbk;

    static PageFetcherTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Gbk = Encoding.GetEncoding("gbk");
    }

    [Fact]
    public async Task FetchAsync_AnyPage_SendsTheAuditorsHeadersAndKeepsTheAnswersAsSent()
    {
        var sent = new Dictionary<string, string>();
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            foreach (var name in new[] { "User-Agent", "Accept", "Accept-Encoding", "Accept-Language" })
            {
                sent[name] = context.Request.Headers[name].ToString();
            }

            context.Response.Headers["X-Powered-By"] = "TRS  WCM;v=7";
            context.Response.ContentType = "text/html; charset=UTF-8";
            return context.Response.WriteAsync("<html><title>首页</title></html>");
        });
        var fetcher = TestFetcher.Create();

        var (_, body) = await fetcher.FetchAsync(server.Site(), server.Url("/"), CancellationToken.None);

        Assert.Equal(new CrawlOptions().UserAgent, sent["User-Agent"]);
        Assert.Equal("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", sent["Accept"]);
        Assert.Equal("gzip, deflate, br", sent["Accept-Encoding"]);
        Assert.Equal("zh-CN,zh;q=0.9", sent["Accept-Language"]);
        Assert.Contains(KeyValuePair.Create("X-Powered-By", "TRS  WCM;v=7"), body.Headers);
        Assert.Contains(KeyValuePair.Create("Content-Type", "text/html; charset=UTF-8"), body.Headers);
    }

    [Fact]
    public async Task FetchAsync_HealthySimulatedSite_Succeeds()
    {
        await using var province = await TestProvince.StartAsync();
        var options = Options.Create(new CrawlOptions { RequestTimeout = TimeSpan.FromSeconds(2) });
        using var http = new HttpClient(PageFetcher.CreateHandler(options.Value));
        var fetcher = new PageFetcher(http, options, TimeProvider.System);
        var site = province.Registry.Find("1301")!;

        var (outcome, body) = await fetcher.FetchAsync(site, site.Portal!, CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.ToString());
        Assert.Equal(200, outcome.StatusCode);
        Assert.False(body.IsEmpty);
        Assert.Equal("utf-8", body.Charset);
        Assert.Equal(CharsetSource.Header, body.CharsetSource);
    }

    [Fact]
    public async Task FetchAsync_ProbeOfSiteThatNeverAnswers_TimesOutAfterOneAttempt()
    {
        await using var hanging = await LoopbackServer.StartAsync(LoopbackServer.HangAsync);
        var fetcher = TestFetcher.Create(o => o.RequestTimeout = TimeSpan.FromMilliseconds(500));
        var watch = Stopwatch.StartNew();

        var (outcome, _) = await fetcher.FetchAsync(hanging.Site(), hanging.Url(), FetchPurpose.Probe, CancellationToken.None);
        var elapsed = watch.Elapsed;

        Assert.Equal(FetchErrorKind.Timeout, outcome.ErrorKind);
        Assert.Equal("未在 0.5 秒内打开", outcome.Error);
        Assert.Equal(1, outcome.Attempts);
        Assert.InRange(elapsed, TimeSpan.FromMilliseconds(450), TimeSpan.FromSeconds(2));
        // On a busy machine the server may count the request only after our side has given up on it.
        for (var waited = 0; hanging.Requests == 0 && waited < 2000; waited += 20)
        {
            await Task.Delay(20);
        }

        Assert.Equal(1, hanging.Requests);
    }

    [Fact]
    public async Task FetchAsync_CrawlOfSiteThatNeverAnswers_TimesOutWithoutRetrying()
    {
        await using var hanging = await LoopbackServer.StartAsync(LoopbackServer.HangAsync);
        var fetcher = TestFetcher.Create(o => (o.RequestTimeout, o.RetryCount) = (TimeSpan.FromMilliseconds(400), 1));

        var (outcome, _) = await fetcher.FetchAsync(hanging.Site(), hanging.Url(), CancellationToken.None);

        Assert.Equal(FetchErrorKind.Timeout, outcome.ErrorKind);
        Assert.Equal(1, outcome.Attempts);
    }

    [Fact]
    public async Task FetchAsync_ConnectionReset_ReportsResetAfterRetries()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            LoopbackServer.Reset(context);
            return Task.CompletedTask;
        });
        var fetcher = TestFetcher.Create();

        var (outcome, _) = await fetcher.FetchAsync(server.Site(), server.Url(), CancellationToken.None);

        Assert.Equal(FetchErrorKind.ConnectionReset, outcome.ErrorKind);
        Assert.Equal(3, outcome.Attempts);
    }

    [Fact]
    public async Task FetchAsync_ServerErrorThenSuccess_RetriedAndSucceeds()
    {
        var calls = 0;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.StatusCode = Interlocked.Increment(ref calls) == 1 ? 500 : 200;
            await context.Response.WriteAsync("<html><body>ok</body></html>");
        });
        var fetcher = TestFetcher.Create();

        var (outcome, body) = await fetcher.FetchAsync(server.Site(), server.Url(), CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.ToString());
        Assert.Equal(2, outcome.Attempts);
        Assert.Equal(2, server.Requests);
        Assert.Contains("ok", body.Text);
    }

    [Fact]
    public async Task FetchAsync_ProbeOfServerError_IsOneAttemptWithoutRetry()
    {
        var calls = 0;
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = Interlocked.Increment(ref calls) == 1 ? 500 : 200;
            return Task.CompletedTask;
        });
        var fetcher = TestFetcher.Create();

        var (outcome, _) = await fetcher.FetchAsync(server.Site(), server.Url(), FetchPurpose.Probe, CancellationToken.None);

        Assert.Equal(FetchErrorKind.HttpStatus, outcome.ErrorKind);
        Assert.Equal(500, outcome.StatusCode);
        Assert.Equal(1, outcome.Attempts);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task FetchAsync_TooManyRequestsWithRetryAfter_WaitsAsToldThenSucceeds()
    {
        var calls = 0;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                context.Response.StatusCode = 429;
                context.Response.Headers.RetryAfter = "1";
                return;
            }

            await context.Response.WriteAsync("ok");
        });
        var fetcher = TestFetcher.Create();
        var watch = Stopwatch.StartNew();

        var (outcome, _) = await fetcher.FetchAsync(server.Site(), server.Url(), CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.ToString());
        Assert.Equal(2, outcome.Attempts);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(950), $"retried after {watch.Elapsed}, before Retry-After: 1");
    }

    [Fact]
    public async Task FetchAsync_RetryAfterLongerThanMaxDelay_NotRetried()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = "3600";
            return Task.CompletedTask;
        });
        var fetcher = TestFetcher.Create();

        var (outcome, _) = await fetcher.FetchAsync(server.Site(), server.Url(), CancellationToken.None);

        Assert.Equal(FetchErrorKind.HttpStatus, outcome.ErrorKind);
        Assert.Equal(429, outcome.StatusCode);
        Assert.Equal(1, outcome.Attempts);
    }

    [Fact]
    public async Task FetchAsync_RedirectLoop_ReportsTooManyRedirects()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.Redirect(context.Request.Path == "/a" ? "/b" : "/a");
            return Task.CompletedTask;
        });
        var fetcher = TestFetcher.Create();

        var (outcome, _) = await fetcher.FetchAsync(server.Site(), server.Url("/a"), CancellationToken.None);

        Assert.Equal(FetchErrorKind.TooManyRedirects, outcome.ErrorKind);
        Assert.Equal(2, server.Requests);
        Assert.Equal(1, outcome.Attempts);
    }

    [Fact]
    public async Task FetchAsync_RedirectChainLongerThanLimit_ReportsTooManyRedirects()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            var n = int.Parse(context.Request.Path.Value!.TrimStart('/'));
            context.Response.Redirect($"/{n + 1}");
            return Task.CompletedTask;
        });
        var fetcher = TestFetcher.Create(o => o.MaxRedirects = 3);

        var (outcome, _) = await fetcher.FetchAsync(server.Site(), server.Url("/0"), CancellationToken.None);

        Assert.Equal(FetchErrorKind.TooManyRedirects, outcome.ErrorKind);
        Assert.Equal(4, server.Requests);
    }

    [Fact]
    public async Task FetchAsync_RedirectWithinLimit_FollowedToFinalUrl()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            if (context.Request.Path == "/old")
            {
                context.Response.Redirect("/new");
                return;
            }

            await context.Response.WriteAsync("new home");
        });
        var fetcher = TestFetcher.Create();

        var (outcome, body) = await fetcher.FetchAsync(server.Site(), server.Url("/old"), CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.ToString());
        Assert.Equal(server.Url("/new"), outcome.FinalUrl);
        Assert.Equal("new home", body.Text);
    }

    [Fact]
    public async Task FetchAsync_EndlessChunkedBody_RefusedAsTooLarge()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            var chunk = Encoding.ASCII.GetBytes(new string('x', 64 * 1024));
            while (!context.RequestAborted.IsCancellationRequested)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        });
        var fetcher = TestFetcher.Create(o => o.MaxResponseBytes = 1024 * 1024);

        var (outcome, body) = await fetcher.FetchAsync(server.Site(), server.Url(), CancellationToken.None);

        Assert.Equal(FetchErrorKind.TooLarge, outcome.ErrorKind);
        Assert.True(body.Bytes.Length <= 1024 * 1024);
        Assert.Null(body.Text);
    }

    [Fact]
    public async Task FetchAsync_GzipPage_Decompressed()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            using var packed = new MemoryStream();
            await using (var gzip = new GZipStream(packed, CompressionLevel.Fastest))
            {
                await gzip.WriteAsync(Encoding.UTF8.GetBytes("<p>信用中国（河北石家庄）</p>"));
            }

            context.Response.Headers.ContentEncoding = "gzip";
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.Body.WriteAsync(packed.ToArray());
        });
        var fetcher = TestFetcher.Create();

        var (outcome, body) = await fetcher.FetchAsync(server.Site(), server.Url(), CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.ToString());
        Assert.Equal("<p>信用中国（河北石家庄）</p>", body.Text);
    }

    [Fact]
    public async Task FetchAsync_MalformedHtml_StillFetched()
    {
        const string page = "<html><body><div><p>未闭合的段落<table><tr><td>单元格</div></span><<>>";
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(page);
        });
        var fetcher = TestFetcher.Create();

        var (outcome, body) = await fetcher.FetchAsync(server.Site(), server.Url(), CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.ToString());
        Assert.Equal(page, body.Text);
    }

    [Fact]
    public async Task FetchAsync_GbkBytesLabelledUtf8_DecodedAsGb18030()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.Body.WriteAsync(Gbk.GetBytes("<title>石家庄市信用网</title><p>行政许可和行政处罚</p>"));
        });
        var fetcher = TestFetcher.Create();

        var (_, body) = await fetcher.FetchAsync(server.Site(), server.Url(), CancellationToken.None);

        Assert.Equal("<title>石家庄市信用网</title><p>行政许可和行政处罚</p>", body.Text);
        Assert.Equal("gb18030", body.Charset);
        Assert.Equal(CharsetSource.Corrected, body.CharsetSource);
    }

    [Fact]
    public async Task FetchAsync_GbkDeclaredByMetaTag_Decoded()
    {
        const string page = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>保定市信用网</title></head></html>""";
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "text/html";
            await context.Response.Body.WriteAsync(Gbk.GetBytes(page));
        });
        var fetcher = TestFetcher.Create();

        var (_, body) = await fetcher.FetchAsync(server.Site(), server.Url(), CancellationToken.None);

        Assert.Equal(page, body.Text);
        Assert.Equal("gb18030", body.Charset);
        Assert.Equal(CharsetSource.MetaTag, body.CharsetSource);
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://10.1.2.3/")]
    [InlineData("http://[fd00::1]/")]
    [InlineData("http://127.0.0.2/")]
    [InlineData("http://other.localhost/")]
    public async Task FetchAsync_RedirectToPrivateAddress_RefusedBeforeConnecting(string target)
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.Redirect(target);
            return Task.CompletedTask;
        });
        var fetcher = TestFetcher.Create(o => o.RetryCount = 0);

        var (outcome, _) = await fetcher.FetchAsync(server.Site(allowPrivateNetwork: true), server.Url(), CancellationToken.None);

        Assert.Equal(FetchErrorKind.AddressBlocked, outcome.ErrorKind);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task FetchAsync_LoopbackSiteNotAllowedPrivate_Refused()
    {
        await using var server = await LoopbackServer.StartAsync(context => context.Response.WriteAsync("secret"));
        var fetcher = TestFetcher.Create();

        var (outcome, _) = await fetcher.FetchAsync(server.Site(allowPrivateNetwork: false), server.Url(), CancellationToken.None);

        Assert.Equal(FetchErrorKind.AddressBlocked, outcome.ErrorKind);
        Assert.Equal(0, server.Requests);
        Assert.Equal(1, outcome.Attempts);
    }

    [Fact]
    public async Task BeginSite_BudgetSpent_LaterFetchesReportBudgetExhausted()
    {
        await using var hanging = await LoopbackServer.StartAsync(LoopbackServer.HangAsync);
        var fetcher = TestFetcher.Create(o => o.SiteTimeBudget = TimeSpan.FromMilliseconds(300));
        using var session = fetcher.BeginSite(hanging.Site());

        var (first, _) = await session.FetchAsync(hanging.Url(), CancellationToken.None);
        var (second, _) = await session.FetchAsync(hanging.Url("/other"), CancellationToken.None);

        Assert.Equal(FetchErrorKind.BudgetExhausted, first.ErrorKind);
        Assert.Equal(FetchErrorKind.BudgetExhausted, second.ErrorKind);
        Assert.Equal(0, second.Attempts);
        Assert.True(session.BudgetExhausted);
        Assert.Equal(1, hanging.Requests);
    }

    [Fact]
    public async Task FetchAsync_CallerCancels_Throws()
    {
        await using var hanging = await LoopbackServer.StartAsync(LoopbackServer.HangAsync);
        var fetcher = TestFetcher.Create();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetcher.FetchAsync(hanging.Site(), hanging.Url(), cancel.Token));
    }
}
