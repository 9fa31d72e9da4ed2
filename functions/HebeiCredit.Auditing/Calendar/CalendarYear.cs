namespace HebeiCredit.Auditing.Calendar;

/// <summary>The notices of one year as read from a data file; an overlay's year replaces the whole entry.</summary>
internal sealed record CalendarYear(int Year, IReadOnlyList<HolidayNotice> Notices);
