using System.Net;
using System.Net.Sockets;
using HebeiCredit.Auditing.Sites;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace HebeiCredit.Infrastructure.Crawling;

/// <summary>
/// Fetches one page and reports what happened as a <see cref="FetchOutcome"/>: failures are results, not exceptions,
/// because an unreachable site is exactly what the audit is looking for.
/// </summary>
public sealed class PageFetcher(HttpClient http, IOptions<CrawlOptions> options, TimeProvider clock)
{
    private readonly CrawlOptions settings = options.Value;

    private readonly ResiliencePipeline pipeline = new ResiliencePipelineBuilder { TimeProvider = clock }
        .AddTimeout(options.Value.RequestTimeout)
        .Build();

    public async Task<(FetchOutcome Outcome, PageBody Body)> FetchAsync(SiteEntry site, Uri url, CancellationToken cancellationToken)
    {
        var fetchedAt = clock.GetUtcNow();
        var started = clock.GetTimestamp();
        FetchOutcome Outcome(FetchErrorKind kind, string? error = null) => new(url, fetchedAt, clock.GetElapsedTime(started), kind, Error: error);

        try
        {
            return await pipeline.ExecuteAsync(
                async token =>
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, url);
                    if (site.AllowPrivateNetwork && site.Portal is not null)
                    {
                        request.Options.Set(AddressGuard.PrivateHostAllowed, site.Portal.Host);
                    }

                    request.Headers.UserAgent.ParseAdd(settings.UserAgent);
                    using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token);
                    var (bytes, complete) = await ReadCappedAsync(response.Content, token);
                    var status = (int)response.StatusCode;
                    var kind = !complete ? FetchErrorKind.TooLarge
                        : response.IsSuccessStatusCode ? FetchErrorKind.None
                        : FetchErrorKind.HttpStatus;
                    var outcome = new FetchOutcome(
                        url,
                        fetchedAt,
                        clock.GetElapsedTime(started),
                        kind,
                        status,
                        response.RequestMessage?.RequestUri ?? url,
                        bytes.Length,
                        response.Content.Headers.ContentType?.ToString(),
                        kind == FetchErrorKind.HttpStatus ? $"HTTP {status} {response.ReasonPhrase}" : null);
                    return (outcome, new PageBody(bytes));
                },
                cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            var kind = Classify(e);
            return (Outcome(kind, kind == FetchErrorKind.Timeout ? $"未在 {settings.RequestTimeout.TotalSeconds:0.#} 秒内打开" : Innermost(e).Message), PageBody.Empty);
        }
    }

    private async Task<(byte[] Bytes, bool Complete)> ReadCappedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > settings.MaxResponseBytes)
        {
            return ([], false);
        }

        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > settings.MaxResponseBytes)
            {
                return (buffer.ToArray(), false);
            }

            buffer.Write(chunk, 0, read);
        }

        return (buffer.ToArray(), true);
    }

    internal static FetchErrorKind Classify(Exception exception)
    {
        if (exception is TimeoutRejectedException or OperationCanceledException)
        {
            return FetchErrorKind.Timeout;
        }

        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case AddressBlockedException:
                    return FetchErrorKind.AddressBlocked;
                case SocketException { SocketErrorCode: SocketError.ConnectionRefused }:
                    return FetchErrorKind.ConnectionRefused;
                case SocketException { SocketErrorCode: SocketError.ConnectionReset or SocketError.ConnectionAborted }:
                    return FetchErrorKind.ConnectionReset;
                case SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain }:
                    return FetchErrorKind.NameResolution;
                case HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError }:
                    return FetchErrorKind.NameResolution;
                case HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError }:
                    return FetchErrorKind.TlsError;
                case HttpRequestException { HttpRequestError: HttpRequestError.ResponseEnded }:
                case HttpIOException { HttpRequestError: HttpRequestError.ResponseEnded }:
                    // The server closed the connection before a complete answer: to a visitor, a reset.
                    return FetchErrorKind.ConnectionReset;
            }
        }

        return FetchErrorKind.Other;
    }

    private static Exception Innermost(Exception e) => e.InnerException is null ? e : Innermost(e.InnerException);

    internal static SocketsHttpHandler CreateHandler(CrawlOptions options) => new()
    {
        ConnectCallback = AddressGuard.ConnectAsync,
        AllowAutoRedirect = options.MaxRedirects > 0,
        MaxAutomaticRedirections = Math.Max(1, options.MaxRedirects),
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        UseCookies = false,
    };
}
