using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Retry;
using Polly.Timeout;

namespace HebeiCredit.Infrastructure.Crawling;

/// <summary>
/// The resilience pipelines, built from <see cref="CrawlOptions"/> and kept per host: for a crawl, retry (exponential
/// backoff with jitter, or the server's Retry-After) around a per-host circuit breaker around the per-attempt
/// timeout; for a probe, the timeout alone.
/// </summary>
internal sealed class FetchPipelines(CrawlOptions options, TimeProvider clock, ILogger logger)
{
    private readonly ResiliencePipelineRegistry<PipelineKey> registry = new();

    public ResiliencePipeline<FetchAttempt> For(Uri url, FetchPurpose purpose) =>
        registry.GetOrAddPipeline<FetchAttempt>(new PipelineKey(url.Authority.ToLowerInvariant(), purpose), (builder, context) => Build(builder, context.PipelineKey));

    private void Build(ResiliencePipelineBuilder<FetchAttempt> builder, PipelineKey key)
    {
        builder.TimeProvider = clock;
        if (key.Purpose == FetchPurpose.Crawl)
        {
            if (options.RetryCount > 0)
            {
                builder.AddRetry(new RetryStrategyOptions<FetchAttempt>
                {
                    MaxRetryAttempts = options.RetryCount,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.RetryBaseDelay,
                    MaxDelay = options.RetryMaxDelay,
                    ShouldHandle = args => ValueTask.FromResult(IsRetryable(args.Outcome) && !(args.Outcome.Result?.RetryAfter > options.RetryMaxDelay)),
                    DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter),
                    OnRetry = args =>
                    {
                        logger.LogInformation(
                            "Retrying {Host} after {Delay} (attempt {Attempt}): {Status} {Error}",
                            key.Host,
                            args.RetryDelay,
                            args.AttemptNumber + 1,
                            args.Outcome.Result?.StatusCode,
                            args.Outcome.Exception?.GetType().Name);
                        return ValueTask.CompletedTask;
                    },
                });
            }

            builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<FetchAttempt>
            {
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakerBreakDuration,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                OnOpened = args =>
                {
                    logger.LogWarning("Circuit for {Host} opened for {BreakDuration}", key.Host, args.BreakDuration);
                    return ValueTask.CompletedTask;
                },
            });
        }

        builder.AddTimeout(options.RequestTimeout);
    }

    /// <summary>Connection errors, timeouts, cut-off bodies, 5xx, 408 and 429; never a refusal of our own making.</summary>
    internal static bool IsTransient(Outcome<FetchAttempt> outcome) => outcome.Exception switch
    {
        null => outcome.Result?.IsTransient ?? false,
        BrokenCircuitException => false,
        TimeoutRejectedException => true,
        var e when Contains<AddressBlockedException>(e) => false,
        HttpRequestException or IOException or SocketException => true,
        _ => false,
    };

    /// <summary>
    /// Transient, but not a timeout: a page that has not opened within the limit has failed (国办秘函〔2019〕19号),
    /// and waiting for a hung server twice more would only triple the cost of finding that out.
    /// </summary>
    internal static bool IsRetryable(Outcome<FetchAttempt> outcome) =>
        IsTransient(outcome) && outcome.Exception is not TimeoutRejectedException;

    private static bool Contains<T>(Exception? e) => e is not null && (e is T || Contains<T>(e.InnerException));
}
