using System.Globalization;

namespace HebeiCredit.Auditing.Publication.Periods;

/// <summary>Period arithmetic in months, as 民法典第201条 counts a period: the start day not counted.</summary>
public static class PublicationPeriod
{
    /// <summary>
    /// The last day of a period of <paramref name="months"/> from <paramref name="decisionDate"/>: the same day of the
    /// month, or that month's last day when it has none (3 months from 2025-11-30 end on 2026-02-28; 12 months from
    /// 2024-02-29 on 2025-02-28).
    /// </summary>
    public static DateOnly End(DateOnly decisionDate, int months) => decisionDate.AddMonths(months);

    /// <summary>“3个月”, “1年”, “18个月”.</summary>
    public static string Months(int months) => months > 0 && months % 12 == 0
        ? (months / 12).ToString(CultureInfo.InvariantCulture) + "年"
        : months.ToString(CultureInfo.InvariantCulture) + "个月";
}
