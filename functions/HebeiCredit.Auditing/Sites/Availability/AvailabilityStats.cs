using HebeiCredit.Auditing.Sites.Policy;

namespace HebeiCredit.Auditing.Sites.Availability;

/// <summary>
/// One site's probes over a rolling window ending at a given instant. Latencies are those of successful probes
/// only: a failed probe's time is the timeout, which says nothing about how fast the site answers.
/// </summary>
/// <param name="Sufficient">At least the policy's probes per day on average over the window: only then is it judged.</param>
public sealed record AvailabilityStats(
    DateTimeOffset WindowStart,
    DateTimeOffset WindowEnd,
    int Probes,
    int Failures,
    bool Sufficient,
    IReadOnlyList<DailyAvailability> Days,
    TimeSpan? MedianLatency,
    TimeSpan? P95Latency,
    IReadOnlyList<Incident> Incidents)
{
    public int Successes => Probes - Failures;

    /// <summary>Failed probes over all probes, exact (5 of 100 is 0.05, not 0.0499…); 0 without probes.</summary>
    public decimal FailureRate => Probes == 0 ? 0m : (decimal)Failures / Probes;

    /// <summary>The verdict of WEB-UNREACHABLE: enough probes, and failures at or over the policy's rate.</summary>
    public bool IsUnreachable(WebsitePolicy policy) => Sufficient && FailureRate >= policy.UnreachableFailureRate;
}
