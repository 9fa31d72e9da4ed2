namespace HebeiCredit.Benchmarks.Crawl;

/// <summary>The real clock, set back by a whole number of days while the warm-up crawl runs "yesterday".</summary>
internal sealed class BenchClock : TimeProvider
{
    public int DaysBack { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddDays(-DaysBack);
}
