namespace HebeiCredit.Auditing.Calendar;

/// <summary>One 放假 period a notice names, e.g. 春节 2026-02-15..2026-02-23 (both ends included).</summary>
public sealed record HolidayBlock(string Name, DateOnly From, DateOnly To);
