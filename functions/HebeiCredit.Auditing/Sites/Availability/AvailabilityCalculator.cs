using HebeiCredit.Auditing.Sites.Policy;
using HebeiCredit.Auditing.Time;

namespace HebeiCredit.Auditing.Sites.Availability;

/// <summary>
/// Turns probe results into availability over the rolling window (now − 7 days, now]. A probe fails when the fetch
/// failed, returned an error status, or took longer than the probe timeout (19号: not opened within 15 s).
/// </summary>
public static class AvailabilityCalculator
{
    public static AvailabilityStats Compute(IEnumerable<FetchOutcome> probes, DateTimeOffset now, WebsitePolicy policy)
    {
        var start = now.AddDays(-policy.ProbeWindowDays);
        var window = probes.Where(p => p.FetchedAt > start && p.FetchedAt <= now).OrderBy(p => p.FetchedAt).ToList();
        var judged = window.Select(p => (Probe: p, Failure: FailureOf(p, policy))).ToList();

        var days = new List<DailyAvailability>();
        for (var day = ChinaTime.DateOf(start); day <= ChinaTime.DateOf(now); day = day.AddDays(1))
        {
            var onDay = judged.Where(j => ChinaTime.DateOf(j.Probe.FetchedAt) == day).ToList();
            days.Add(new DailyAvailability(day, onDay.Count, onDay.Count(j => j.Failure != FetchErrorKind.None)));
        }

        var latencies = judged.Where(j => j.Failure == FetchErrorKind.None).Select(j => j.Probe.Elapsed).Order().ToList();
        var failures = judged.Count(j => j.Failure != FetchErrorKind.None);
        return new AvailabilityStats(
            start,
            now,
            judged.Count,
            failures,
            judged.Count >= policy.MinProbesPerDay * policy.ProbeWindowDays,
            days,
            Median(latencies),
            NearestRank(latencies, 0.95),
            Incidents(judged));
    }

    /// <summary>Why the probe failed, or <see cref="FetchErrorKind.None"/> when it opened in time.</summary>
    internal static FetchErrorKind FailureOf(FetchOutcome probe, WebsitePolicy policy) =>
        !probe.Succeeded ? probe.ErrorKind
        : probe.StatusCode >= 400 ? FetchErrorKind.HttpStatus
        : probe.Elapsed > policy.ProbeTimeout ? FetchErrorKind.Timeout
        : FetchErrorKind.None;

    private static List<Incident> Incidents(List<(FetchOutcome Probe, FetchErrorKind Failure)> judged)
    {
        var incidents = new List<Incident>();
        DateTimeOffset? start = null;
        var count = 0;
        var causes = new List<FetchErrorKind>();
        foreach (var (probe, failure) in judged)
        {
            if (failure != FetchErrorKind.None)
            {
                start ??= probe.FetchedAt;
                count++;
                if (!causes.Contains(failure))
                {
                    causes.Add(failure);
                }
            }
            else if (start is { } began)
            {
                incidents.Add(new Incident(began, probe.FetchedAt, count, causes));
                (start, count, causes) = (null, 0, []);
            }
        }

        if (start is { } ongoing)
        {
            incidents.Add(new Incident(ongoing, null, count, causes));
        }

        return incidents;
    }

    private static TimeSpan? Median(List<TimeSpan> sorted) =>
        sorted.Count == 0 ? null
        : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
        : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;

    /// <summary>The nearest-rank percentile: the smallest value with at least <paramref name="p"/> of the values at or below it.</summary>
    private static TimeSpan? NearestRank(List<TimeSpan> sorted, double p) =>
        sorted.Count == 0 ? null : sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
