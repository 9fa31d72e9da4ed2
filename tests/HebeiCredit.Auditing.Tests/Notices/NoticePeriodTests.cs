using HebeiCredit.Auditing.Notices;

namespace HebeiCredit.Auditing.Tests.Notices;

public sealed class NoticePeriodTests
{
    [Fact]
    public void Parse_Month_CutsOffOnThe20th()
    {
        var period = NoticePeriod.Parse("2026-11");

        Assert.Equal(new NoticePeriod("2026-11", new DateOnly(2026, 11, 20), true), period);
        Assert.Equal("2026年11月", period.Title);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.FromHours(8)), period.End);
    }

    [Fact]
    public void Parse_AdHocWithCutOff_IsAdHoc()
    {
        var period = NoticePeriod.Parse("spring-check", new DateOnly(2026, 4, 3));

        Assert.False(period.Monthly);
        Assert.Equal("专项（spring-check）", period.Title);
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("../evil")]
    [InlineData("Upper")]
    public void Parse_BadId_ThrowsInChinese(string id)
    {
        var error = Assert.Throws<ArgumentException>(() => NoticePeriod.Parse(id, new DateOnly(2026, 4, 3)));

        Assert.StartsWith($"专项通报编号“{id}”无效：只能用小写字母、数字和“-”", error.Message);
    }

    [Fact]
    public void Parse_AdHocWithoutCutOff_ThrowsInChinese()
    {
        var error = Assert.Throws<ArgumentException>(() => NoticePeriod.Parse("spring-check"));

        Assert.StartsWith("通报期次“spring-check”无效：月度通报写作“2026-11”；专项通报须同时给出截止日期。", error.Message);
    }
}
