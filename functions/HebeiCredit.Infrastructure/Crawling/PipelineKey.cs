namespace HebeiCredit.Infrastructure.Crawling;

/// <summary>One resilience pipeline per host (host:port) and purpose, so each host has its own circuit breaker.</summary>
internal readonly record struct PipelineKey(string Host, FetchPurpose Purpose);
