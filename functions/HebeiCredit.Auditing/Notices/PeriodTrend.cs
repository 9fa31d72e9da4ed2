namespace HebeiCredit.Auditing.Notices;

/// <summary>One period's headline figures, for the trend chart across notices.</summary>
public sealed record PeriodTrend(string Period, decimal? AverageAvailability, decimal? AverageLateRate, int OpenFindings);
