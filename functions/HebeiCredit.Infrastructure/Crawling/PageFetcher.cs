using System.Net;
using System.Text;
using HebeiCredit.Auditing.Sites;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HebeiCredit.Infrastructure.Crawling;

/// <summary>
/// Fetches one page and reports what happened as a <see cref="FetchOutcome"/>: failures are results, not exceptions,
/// because an unreachable site is exactly what the audit is looking for. Politeness (per-host concurrency and delay,
/// robots.txt) and resilience (retry, circuit breaker, per-attempt timeout) come from <see cref="HostPolicies"/>.
/// Redirects are followed here, one hop at a time, so that every hop passes the address guard, robots.txt and the
/// host gate, and a loop is seen as a loop.
/// </summary>
public sealed class PageFetcher
{
    private const int MaxRobotsBytes = 512 * 1024;
    private static readonly TimeSpan RobotsTimeout = TimeSpan.FromSeconds(5);

    private readonly HttpClient http;
    private readonly CrawlOptions settings;
    private readonly TimeProvider clock;
    private readonly HostPolicies hosts;
    private readonly ILogger logger;
    private readonly string productToken;

    /// <summary>A fetcher with policies of its own (tests, tools); the service uses the shared singleton.</summary>
    public PageFetcher(HttpClient http, IOptions<CrawlOptions> options, TimeProvider clock)
        : this(http, options, clock, new HostPolicies(options, clock), NullLogger<PageFetcher>.Instance)
    {
    }

    [ActivatorUtilitiesConstructor]
    public PageFetcher(HttpClient http, IOptions<CrawlOptions> options, TimeProvider clock, HostPolicies hosts, ILogger<PageFetcher> logger)
    {
        this.http = http;
        settings = options.Value;
        this.clock = clock;
        this.hosts = hosts;
        this.logger = logger;
        productToken = settings.UserAgent.Split('/', ' ')[0];
    }

    /// <summary>Starts one site's crawl with its own time budget.</summary>
    public SiteSession BeginSite(SiteEntry site) => new(this, site, settings.SiteTimeBudget, clock);

    /// <summary>Fetches a page as part of a crawl (robots.txt obeyed, retried, circuit-broken), without a site budget.</summary>
    public Task<(FetchOutcome Outcome, PageBody Body)> FetchAsync(SiteEntry site, Uri url, CancellationToken cancellationToken) =>
        FetchAsync(site, url, FetchPurpose.Crawl, cancellationToken);

    public Task<(FetchOutcome Outcome, PageBody Body)> FetchAsync(SiteEntry site, Uri url, FetchPurpose purpose, CancellationToken cancellationToken) =>
        FetchAsync(site, url, purpose, CancellationToken.None, cancellationToken);

    internal async Task<(FetchOutcome Outcome, PageBody Body)> FetchAsync(
        SiteEntry site, Uri url, FetchPurpose purpose, CancellationToken budget, CancellationToken cancellationToken)
    {
        var fetchedAt = clock.GetUtcNow();
        var started = clock.GetTimestamp();
        var attempts = 0;
        (FetchOutcome, PageBody) Failed(FetchErrorKind kind, string? error, Uri? finalUrl = null, int? status = null) =>
            (new FetchOutcome(url, fetchedAt, clock.GetElapsedTime(started), kind, status, finalUrl, Error: error, Attempts: attempts), PageBody.Empty);

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget);
        try
        {
            budget.ThrowIfCancellationRequested();
            if (purpose == FetchPurpose.Crawl && site.RespectRobots && !await IsAllowedByRobotsAsync(site, url, linked.Token))
            {
                return Failed(FetchErrorKind.RobotsDisallowed, $"robots.txt 不允许抓取 {url.PathAndQuery}");
            }

            var attempt = await hosts.Pipelines.For(url, purpose).ExecuteAsync(
                async token =>
                {
                    attempts++;
                    return await AttemptAsync(site, url, purpose, token);
                },
                linked.Token);
            return attempt.Kind is FetchErrorKind.None or FetchErrorKind.HttpStatus or FetchErrorKind.TooLarge
                ? Answered(url, fetchedAt, clock.GetElapsedTime(started), attempt, attempts)
                : Failed(attempt.Kind, attempt.Error, attempt.FinalUrl, attempt.StatusCode);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            if (budget.IsCancellationRequested)
            {
                return Failed(FetchErrorKind.BudgetExhausted, $"本站检查时间（{settings.SiteTimeBudget.TotalMinutes:0.#} 分钟）已用完");
            }

            var kind = FetchErrors.Classify(e);
            logger.LogDebug(e, "Fetching {Url} failed as {Kind} after {Attempts} attempts", url, kind, attempts);
            return Failed(kind, kind switch
            {
                FetchErrorKind.Timeout => $"未在 {settings.RequestTimeout.TotalSeconds:0.#} 秒内打开",
                FetchErrorKind.CircuitOpen => "该网站连续出错，暂停访问，稍后再试",
                _ => FetchErrors.Innermost(e).Message,
            });
        }
    }

    private static (FetchOutcome, PageBody) Answered(Uri url, DateTimeOffset fetchedAt, TimeSpan elapsed, FetchAttempt attempt, int attempts)
    {
        var bytes = attempt.Bytes ?? [];
        var outcome = new FetchOutcome(
            url,
            fetchedAt,
            elapsed,
            attempt.Kind,
            attempt.StatusCode,
            attempt.FinalUrl,
            bytes.Length,
            attempt.ContentType?.ToString(),
            attempt.Error,
            attempts);
        var body = new PageBody(bytes) { Headers = attempt.Headers ?? [] };
        if (attempt.Kind != FetchErrorKind.TooLarge && bytes.Length > 0 && PageDecoder.IsTextual(attempt.ContentType?.MediaType))
        {
            var (text, charset, source) = PageDecoder.Decode(bytes, attempt.ContentType);
            body = body with { Text = text, Charset = charset, CharsetSource = source };
        }

        return (outcome, body);
    }

    /// <summary>One attempt: the request, each redirect hop, and the whole body.</summary>
    private async Task<FetchAttempt> AttemptAsync(SiteEntry site, Uri url, FetchPurpose purpose, CancellationToken cancellationToken)
    {
        var current = url;
        var visited = new HashSet<Uri> { url };
        for (var hop = 0; ; hop++)
        {
            if (hop > 0 && purpose == FetchPurpose.Crawl && site.RespectRobots && !await IsAllowedByRobotsAsync(site, current, cancellationToken))
            {
                return new FetchAttempt(current, FetchErrorKind.RobotsDisallowed, Error: $"robots.txt 不允许抓取 {current}");
            }

            // A probe does not queue behind the crawl's requests: waiting for a slot would count against its 15 s and
            // report a busy host as unreachable; one probe per site every 30 minutes is no burden to a host.
            using var lease = purpose == FetchPurpose.Probe ? default : await hosts.Gate.EnterAsync(current, cancellationToken);
            using var request = NewRequest(site, current);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400 && response.Headers.Location is { } location)
            {
                var next = new Uri(current, location);
                if (next.Scheme != Uri.UriSchemeHttp && next.Scheme != Uri.UriSchemeHttps)
                {
                    return new FetchAttempt(current, FetchErrorKind.Other, status, $"重定向到不支持的地址 {next}");
                }

                if (!visited.Add(next) || hop >= settings.MaxRedirects)
                {
                    return new FetchAttempt(current, FetchErrorKind.TooManyRedirects, status, $"第 {hop + 1} 次重定向（到 {next}）超过上限 {settings.MaxRedirects} 次或形成循环");
                }

                current = next;
                continue;
            }

            var (bytes, complete) = await ResponseReader.ReadAsync(response.Content, settings.MaxResponseBytes, cancellationToken);
            var kind = !complete ? FetchErrorKind.TooLarge : response.IsSuccessStatusCode ? FetchErrorKind.None : FetchErrorKind.HttpStatus;
            var error = kind switch
            {
                FetchErrorKind.TooLarge => $"页面超过 {settings.MaxResponseBytes} 字节上限",
                FetchErrorKind.HttpStatus => $"HTTP {status} {response.ReasonPhrase}",
                _ => null,
            };
            return new FetchAttempt(
                current,
                kind,
                status,
                error,
                bytes,
                response.Content.Headers.ContentType,
                // As sent: the evidence keeps what the server said, and parsing every header only to print it again cost each page.
                [.. response.Headers.NonValidated.Concat(response.Content.Headers.NonValidated).Select(h => KeyValuePair.Create(h.Key, h.Value.ToString()))],
                RetryAfter.From(response.Headers.RetryAfter, clock.GetUtcNow()));
        }
    }

    private HttpRequestMessage NewRequest(SiteEntry site, Uri url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);

        // Private addresses only at the portal's own host: a redirect from there to any other private host is refused.
        var ownHost = site.Portal is not null && string.Equals(url.IdnHost, site.Portal.IdnHost, StringComparison.OrdinalIgnoreCase);
        request.Options.Set(AddressGuard.AllowPrivateNetwork, site.AllowPrivateNetwork && ownHost);
        // Added as text: parsed into header objects, they were written back to text on every request of every crawl.
        request.Headers.TryAddWithoutValidation("User-Agent", settings.UserAgent);
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, deflate, br");
        request.Headers.TryAddWithoutValidation("Accept-Language", "zh-CN,zh;q=0.9");
        return request;
    }

    private async Task<bool> IsAllowedByRobotsAsync(SiteEntry site, Uri url, CancellationToken cancellationToken)
    {
        var rules = await hosts.Robots.GetAsync(url, robotsUrl => ReadRobotsAsync(site, robotsUrl), cancellationToken);
        return rules.IsAllowed(url);
    }

    /// <summary>
    /// One attempt at robots.txt, no redirects followed. Only a 2xx body restricts us; a missing (4xx) file allows all,
    /// and so does an unreachable one or a 5xx (unlike RFC 9309's "assume disallowed"): the page fetch that follows
    /// then records the site's real failure, which is what an availability audit must report.
    /// </summary>
    private async Task<RobotsRules> ReadRobotsAsync(SiteEntry site, Uri robotsUrl)
    {
        // robots.txt is a courtesy: a host that does not serve it promptly is not waited for as long as for a page.
        using var timeout = new CancellationTokenSource(TimeSpan.FromTicks(Math.Min(settings.RequestTimeout.Ticks, RobotsTimeout.Ticks)), clock);
        try
        {
            using var lease = await hosts.Gate.EnterAsync(robotsUrl, timeout.Token);
            using var request = NewRequest(site, robotsUrl);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                return RobotsRules.AllowAll;
            }

            var (bytes, _) = await ResponseReader.ReadAsync(response.Content, MaxRobotsBytes, timeout.Token);
            return RobotsRules.Parse(Encoding.UTF8.GetString(bytes), productToken);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or OperationCanceledException or InvalidDataException)
        {
            logger.LogInformation("robots.txt at {Url} unreadable ({Error}); treating the host as unrestricted", robotsUrl, e.Message);
            return RobotsRules.AllowAll;
        }
    }

    /// <summary>
    /// The connection handler: every connection goes through <see cref="AddressGuard"/>; no proxy (a proxy would
    /// connect on our behalf and bypass the guard); no automatic redirects or decompression (done above, with limits).
    /// </summary>
    internal static SocketsHttpHandler CreateHandler(CrawlOptions options) => new()
    {
        ConnectCallback = AddressGuard.ConnectAsync,
        UseProxy = false,
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        MaxResponseHeadersLength = 64,
        UseCookies = false,
    };
}
