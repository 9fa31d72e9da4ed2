namespace HebeiCredit.Auditing.Calendar;

/// <summary>
/// A date falls in a year whose State Council notice is not in the calendar data. Guessing from weekends would
/// silently misjudge every deadline near a holiday, so this is an error (DOMAIN.md, "Working days").
/// </summary>
public sealed class CalendarYearNotCoveredException : Exception
{
    public CalendarYearNotCoveredException(int year)
        : base($"工作日历未包含{year}年的节假日安排（国务院办公厅通知）") => Year = year;

    public int Year { get; }
}
