using HebeiCredit.Auditing.Sites;
using HebeiCredit.Auditing.Sites.Availability;
using HebeiCredit.Auditing.Sites.Policy;
using HebeiCredit.Auditing.Time;

namespace HebeiCredit.Auditing.Tests.Sites.Availability;

public sealed class AvailabilityCalculatorTests
{
    internal static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, ChinaTime.Offset);

    private static readonly Uri Home = new("https://credit.hd.gov.cn/");

    /// <summary>Probes evenly spread over the week before <see cref="Now"/>; those at the given indexes fail.</summary>
    internal static List<FetchOutcome> Probes(int count, ISet<int> failing, FetchErrorKind cause = FetchErrorKind.Timeout, double seconds = 0.4)
    {
        var step = TimeSpan.FromDays(7) / count;
        return Enumerable.Range(0, count).Select(i => failing.Contains(i)
                ? new FetchOutcome(Home, Now - (step * (count - 1 - i)), TimeSpan.FromSeconds(15), cause)
                : new FetchOutcome(Home, Now - (step * (count - 1 - i)), TimeSpan.FromSeconds(seconds), FetchErrorKind.None, 200))
            .ToList();
    }

    [Fact]
    public void Compute_FortyNineFailuresInAThousand_IsFourPointNinePercentAndSufficient()
    {
        var stats = AvailabilityCalculator.Compute(Probes(1000, Enumerable.Range(100, 49).ToHashSet()), Now, WebsitePolicy.Default);

        Assert.Equal(1000, stats.Probes);
        Assert.Equal(49, stats.Failures);
        Assert.Equal(0.049m, stats.FailureRate);
        Assert.True(stats.Sufficient);
    }

    [Fact]
    public void Compute_ProbesPerChinaDay_CoverTheWindowIncludingPartialDays()
    {
        var stats = AvailabilityCalculator.Compute(Probes(168, new HashSet<int> { 0 }), Now, WebsitePolicy.Default);

        Assert.Equal(new DateOnly(2026, 11, 21), stats.Days[0].Date);
        Assert.Equal(new DateOnly(2026, 11, 28), stats.Days[^1].Date);
        Assert.Equal(168, stats.Days.Sum(d => d.Probes));
        Assert.Equal(24, stats.Days[3].Probes);
        Assert.Equal(1, stats.Days[0].Failures);
    }

    [Fact]
    public void Compute_NineteenProbesADay_IsNotSufficient()
    {
        var stats = AvailabilityCalculator.Compute(Probes(19 * 7, new HashSet<int> { 1, 2, 3, 4, 5, 6, 7 }), Now, WebsitePolicy.Default);

        Assert.False(stats.Sufficient);
    }

    [Fact]
    public void Compute_ProbesOutsideTheWindow_AreIgnored()
    {
        var old = new FetchOutcome(Home, Now.AddDays(-7), TimeSpan.FromSeconds(15), FetchErrorKind.Timeout);

        var stats = AvailabilityCalculator.Compute([old, .. Probes(140, new HashSet<int>())], Now, WebsitePolicy.Default);

        Assert.Equal(140, stats.Probes);
        Assert.Equal(0, stats.Failures);
    }

    [Fact]
    public void Compute_SuccessfulButSlowerThanFifteenSeconds_CountsAsATimeout()
    {
        var slow = new FetchOutcome(Home, Now, TimeSpan.FromSeconds(16), FetchErrorKind.None, 200);

        var stats = AvailabilityCalculator.Compute([slow], Now, WebsitePolicy.Default);

        Assert.Equal(1, stats.Failures);
        Assert.Equal([FetchErrorKind.Timeout], Assert.Single(stats.Incidents).Causes);
        Assert.Null(stats.MedianLatency);
    }

    [Fact]
    public void Compute_Latencies_AreMedianAndNearestRankP95OfSuccessfulProbes()
    {
        var probes = Enumerable.Range(1, 20)
            .Select(i => new FetchOutcome(Home, Now.AddMinutes(-i), TimeSpan.FromMilliseconds(i * 500), FetchErrorKind.None, 200))
            .Append(new FetchOutcome(Home, Now.AddMinutes(-30), TimeSpan.FromSeconds(15), FetchErrorKind.ConnectionReset))
            .ToList();

        var stats = AvailabilityCalculator.Compute(probes, Now, WebsitePolicy.Default);

        Assert.Equal(TimeSpan.FromSeconds(5.25), stats.MedianLatency);
        Assert.Equal(TimeSpan.FromSeconds(9.5), stats.P95Latency);
    }

    [Fact]
    public void Compute_ConsecutiveFailures_AreGroupedIntoIncidentsWithCauses()
    {
        var probes = Probes(10, new HashSet<int> { 2, 3, 4, 9 });
        probes[3] = probes[3] with { ErrorKind = FetchErrorKind.ConnectionRefused };

        var stats = AvailabilityCalculator.Compute(probes, Now, WebsitePolicy.Default);

        Assert.Equal(2, stats.Incidents.Count);
        var first = stats.Incidents[0];
        Assert.Equal(probes[2].FetchedAt, first.Start);
        Assert.Equal(probes[5].FetchedAt, first.End);
        Assert.Equal(3, first.FailedProbes);
        Assert.Equal("超时未打开、连接被拒绝", first.CauseText);
        Assert.True(stats.Incidents[1].Ongoing);
        Assert.Equal(probes[9].FetchedAt, stats.Incidents[1].Start);
    }
}
