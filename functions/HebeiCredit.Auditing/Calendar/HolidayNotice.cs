namespace HebeiCredit.Auditing.Calendar;

/// <summary>
/// A State Council notice fixing holidays and 调休 working days, e.g. 国办发明电〔2025〕7号 for 2026.
/// <see cref="Date"/> is the date the notice bears (成文日期); amendments (such as the 2020 春节 extension) are
/// separate notices of the same <see cref="Year"/>.
/// </summary>
public sealed record HolidayNotice(
    int Year,
    string Number,
    string Title,
    DateOnly Date,
    IReadOnlyList<HolidayBlock> Holidays,
    IReadOnlyList<DateOnly> WorkingDays);
