using HebeiCredit.Auditing.Sites.Columns;

namespace HebeiCredit.Auditing.Sites.Policy;

/// <summary>
/// The thresholds of the website checks, as versioned data. Defaults follow 国办秘函〔2019〕19号 (see
/// <see cref="WebsiteClauses"/>); <see cref="SlowLatency"/> and <see cref="SlowMeasure"/> have no source and are
/// *unconfirmed* defaults, and so is treating 诚信宣传 as a dynamic column (2 weeks).
/// </summary>
public sealed record WebsitePolicy
{
    public static WebsitePolicy Default { get; } = new();

    /// <summary>Cited in every finding's clause; change it whenever a threshold changes.</summary>
    public string Version { get; init; } = "网站检查口径 2019-19号/2021冀 v1";

    /// <summary>A probe fails when the page has not opened within this time (19号: 15 s).</summary>
    public TimeSpan ProbeTimeout { get; init; } = TimeSpan.FromSeconds(15);

    public int ProbeWindowDays { get; init; } = 7;

    /// <summary>The window is judged only with at least this many probes per day on average (19号: 20).</summary>
    public int MinProbesPerDay { get; init; } = 20;

    /// <summary>The site is unreachable when failed probes reach this share (19号: 5%, inclusive).</summary>
    public decimal UnreachableFailureRate { get; init; } = 0.05m;

    /// <summary>*Unconfirmed*: no national text sets a speed limit; 5 s on the median of successful probes.</summary>
    public TimeSpan SlowLatency { get; init; } = TimeSpan.FromSeconds(5);

    public LatencyMeasure SlowMeasure { get; init; } = LatencyMeasure.Median;

    public StalenessLimit HomeStaleAfter { get; init; } = StalenessLimit.OfDays(14);

    public StalenessLimit DynamicStaleAfter { get; init; } = StalenessLimit.OfDays(14);

    public StalenessLimit NoticeStaleAfter { get; init; } = StalenessLimit.OfMonths(6);

    /// <summary>Per-column limits that replace the kind's (column id → limit), e.g. a longer one for 诚信宣传.</summary>
    public IReadOnlyDictionary<string, StalenessLimit> ColumnStaleAfter { get; init; } = new Dictionary<string, StalenessLimit>();

    /// <summary>An item dated more than this many days after the crawl date is flagged and not trusted.</summary>
    public int FutureToleranceDays { get; init; } = 1;

    /// <summary>The site fails the column check with this many stale columns (19号: 5).</summary>
    public int StaleColumnsFailSite { get; init; } = 5;

    /// <summary>The site fails the column check with this many blank columns (19号: 5).</summary>
    public int BlankColumnsFailSite { get; init; } = 5;

    /// <summary>How many list pages of one column the crawler follows through pagination.</summary>
    public int MaxPagesPerColumn { get; init; } = 3;

    /// <summary>The limit for a column, or null for a service column (信用查询 and the like), which need not update.</summary>
    public StalenessLimit? StaleAfter(KeyColumn column) =>
        ColumnStaleAfter.TryGetValue(column.Id, out var limit) ? limit
        : column.Kind switch
        {
            ColumnKind.Dynamic => DynamicStaleAfter,
            ColumnKind.Notice => NoticeStaleAfter,
            _ => null,
        };
}
