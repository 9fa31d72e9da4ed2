using HebeiCredit.Auditing.Sites.Policy;

namespace HebeiCredit.Auditing.Tests.Sites.Policy;

public sealed class StalenessLimitTests
{
    [Theory]
    [InlineData("2026-11-14", false)]
    [InlineData("2026-11-13", true)]
    public void IsStale_FourteenDays_TheFourteenthDayIsStillFresh(string newest, bool stale) =>
        Assert.Equal(stale, StalenessLimit.OfDays(14).IsStale(DateOnly.Parse(newest, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2026, 11, 28)));

    [Fact]
    public void OldestFresh_SixMonthsFromTheEndOfAMonth_UsesCalendarMonths() =>
        Assert.Equal(new DateOnly(2026, 2, 28), StalenessLimit.OfMonths(6).OldestFresh(new DateOnly(2026, 8, 31)));

    [Theory]
    [InlineData(14, 0, "14天")]
    [InlineData(0, 6, "6个月")]
    [InlineData(10, 1, "1个月10天")]
    public void Describe_DaysAndMonths_InChinese(int days, int months, string text) =>
        Assert.Equal(text, new StalenessLimit(days, months).Describe());
}
