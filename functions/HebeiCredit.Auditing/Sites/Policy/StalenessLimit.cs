namespace HebeiCredit.Auditing.Sites.Policy;

/// <summary>
/// How long a page may go without a new dated item. Months are calendar months (6 months before 2021-08-31 is
/// 2021-02-28), because the policy speaks of 6 个月, not of 180 days.
/// </summary>
public sealed record StalenessLimit(int Days = 0, int Months = 0)
{
    public static StalenessLimit OfDays(int days) => new(days, 0);

    public static StalenessLimit OfMonths(int months) => new(0, months);

    /// <summary>The oldest newest-item date that still counts as fresh on <paramref name="today"/>.</summary>
    public DateOnly OldestFresh(DateOnly today) => today.AddMonths(-Months).AddDays(-Days);

    /// <summary>Stale when the newest item is older than <see cref="OldestFresh"/>: 14 days after it is still fresh.</summary>
    public bool IsStale(DateOnly newest, DateOnly today) => newest < OldestFresh(today);

    /// <summary>“14天”, “6个月”, “1个月10天”.</summary>
    public string Describe() => (Months, Days) switch
    {
        (0, var d) => $"{d}天",
        (var m, 0) => $"{m}个月",
        var (m, d) => $"{m}个月{d}天",
    };
}
