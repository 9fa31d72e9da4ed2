using HebeiCredit.Auditing.Publication.Periods;

namespace HebeiCredit.Auditing.Tests.Publication.Periods;

public sealed class PublicationPeriodTests
{
    [Theory]
    [InlineData("2025-11-30", 3, "2026-02-28")]
    [InlineData("2023-11-30", 3, "2024-02-29")]
    [InlineData("2024-02-29", 12, "2025-02-28")]
    [InlineData("2024-02-29", 48, "2028-02-29")]
    [InlineData("2025-01-31", 1, "2025-02-28")]
    [InlineData("2025-03-31", 6, "2025-09-30")]
    [InlineData("2023-05-10", 36, "2026-05-10")]
    public void End_MonthEndsAndLeapDays_EndOnTheMonthsLastDayWhenTheDayIsMissing(string decided, int months, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), PublicationPeriod.End(DateOnly.Parse(decided), months));

    [Theory]
    [InlineData(3, "3个月")]
    [InlineData(12, "1年")]
    [InlineData(36, "3年")]
    [InlineData(18, "18个月")]
    public void Months_Count_WritesYearsWhenWhole(int months, string expected) =>
        Assert.Equal(expected, PublicationPeriod.Months(months));
}
