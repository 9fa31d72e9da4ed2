using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HebeiCredit.Auditing.Dates;

namespace HebeiCredit.Auditing.Tests.Dates;

public sealed class ChineseDateParserTests
{
    private static readonly DateOnly Reference = new(2026, 1, 3);

    [Theory]
    [InlineData("2021-06-15")]
    [InlineData("2021/6/15")]
    [InlineData("2021/06/15")]
    [InlineData("2021.06.15")]
    [InlineData("2021.6.15")]
    [InlineData("2021年6月15日")]
    [InlineData("2021年06月15日")]
    [InlineData("2021 年 6 月 15 日")]
    [InlineData("20210615")]
    [InlineData("44362")]
    [InlineData("  2021-06-15\t")]
    [InlineData("[2021-06-15]")]
    [InlineData("【2021年6月15日】")]
    public void Parse_AcceptedForm_ReturnsDate(string text)
    {
        var result = ChineseDateParser.Parse(text);

        Assert.Equal(DateParseKind.Date, result.Kind);
        Assert.Equal(new DateOnly(2021, 6, 15), result.Value);
        Assert.Null(result.Error);
    }

    [Theory]
    [InlineData("2021-06-15 10:23:00", 10, 23, 0)]
    [InlineData("2021/6/15 10:23", 10, 23, 0)]
    [InlineData("2021-06-15T10:23:45", 10, 23, 45)]
    [InlineData("2021-06-15 10:23:45.123", 10, 23, 45)]
    [InlineData("2021-06-15 16:05:09", 16, 5, 9)]
    [InlineData("2021.06.15 00:00:00", 0, 0, 0)]
    [InlineData("2021年6月15日 8:05", 8, 5, 0)]
    [InlineData("44362.4326388889", 10, 23, 0)]
    [InlineData("44362.5", 12, 0, 0)]
    public void Parse_DateWithTime_ReturnsDateAndTime(string text, int hour, int minute, int second)
    {
        var result = ChineseDateParser.Parse(text);

        Assert.Equal(DateParseKind.Date, result.Kind);
        Assert.Equal(new DateOnly(2021, 6, 15), result.Value);
        Assert.Equal(new TimeOnly(hour, minute, second), result.Time);
    }

    [Theory]
    [InlineData("59", "1900-02-28")]
    [InlineData("61", "1900-03-01")] // Excel's fictitious 1900-02-29 is serial 60
    [InlineData("2", "1900-01-02")]
    [InlineData("36526", "2000-01-01")]
    [InlineData("45658", "2025-01-01")]
    public void Parse_ExcelSerial_Follows1900DateSystemWithLeapYearBug(string text, string expected) =>
        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture), ChineseDateParser.Parse(text).Value);

    [Theory]
    [InlineData("2099-12-31")]
    [InlineData("2099/12/31")]
    [InlineData("2099年12月31日")]
    [InlineData("20991231")]
    [InlineData("73050")]
    [InlineData("2099-12-31 00:00:00")]
    [InlineData("长期")]
    [InlineData("长期有效")]
    public void Parse_OpenEndedSentinel_ReturnsOpenEnded(string text) =>
        Assert.Equal(DateParseKind.OpenEnded, ChineseDateParser.Parse(text).Kind);

    [Theory]
    [InlineData("1900-1-1")]
    [InlineData("1900/01/01")]
    [InlineData("1900-01-01 00:00:00")]
    [InlineData("1")]
    [InlineData("0")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("-")]
    [InlineData("无")]
    public void Parse_EmptySentinel_ReturnsEmpty(string? text) =>
        Assert.Equal(DateParseKind.Empty, ChineseDateParser.Parse(text).Kind);

    [Theory]
    [InlineData("06/15/2021", "2021-06-15")]
    [InlineData("6/15/2021", "2021-06-15")]
    [InlineData("12/31/2099", "2099-12-31")]
    [InlineData("2021-06-15", "2021-06-15")]
    public void Parse_UnitedStatesSource_ReadsMonthFirst(string text, string expected)
    {
        var result = ChineseDateParser.Parse(text, DateSourceFormat.UnitedStates);
        var date = DateOnly.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        Assert.True(result.Value == date || (date.Year == 2099 && result.Kind == DateParseKind.OpenEnded));
    }

    [Fact]
    public void Parse_UnitedStatesSourceWithTime_ReturnsTime()
    {
        var result = ChineseDateParser.Parse("6/15/2021 10:23", DateSourceFormat.UnitedStates);

        Assert.Equal(new DateOnly(2021, 6, 15), result.Value);
        Assert.Equal(new TimeOnly(10, 23), result.Time);
    }

    [Theory]
    [InlineData("2021-13-45")]
    [InlineData("2021-02-29")]
    [InlineData("2021-04-31")]
    [InlineData("2021年13月1日")]
    [InlineData("2021-6/15")]
    [InlineData("2021-06-15-")]
    [InlineData("06/15/2021")] // month-first only when the caller declares a US source
    [InlineData("15/06/2021")]
    [InlineData("210615")]
    [InlineData("2021061")]
    [InlineData("202106150")]
    [InlineData("60")] // Excel's 1900-02-29 does not exist
    [InlineData("99999")]
    [InlineData("2021-06-15 25:00")]
    [InlineData("2021-06-15 10:60")]
    [InlineData("2021-06-15 24:00:00")]
    [InlineData("2021-06-15 10:23:60")]
    [InlineData("2021-02-30 10:23:00")]
    [InlineData("2021-06-15 10-23-00")]
    [InlineData("2021/06-15")]
    [InlineData("2021-0a-15")]
    [InlineData("3021-06-15")]
    [InlineData("2100-01-01")]
    [InlineData("1899-12-31")]
    [InlineData("abc")]
    [InlineData("2021-06")]
    [InlineData("２０２１-０６-１５")]
    [InlineData("-44362")]
    [InlineData("2021")] // a bare year, not Excel serial 2021 (1905-07-13)
    [InlineData("2021.06")]
    [InlineData("6.15")] // not serial 6.15 (1900-01-06 03:36)
    [InlineData("44362.")]
    public void Parse_RejectedForm_ReturnsInvalidNamingText(string text)
    {
        var result = ChineseDateParser.Parse(text);

        Assert.Equal(DateParseKind.Invalid, result.Kind);
        Assert.Equal($"无法识别的日期：“{text}”", result.Error);
    }

    [Fact]
    public void Parse_ImpossibleMonth_MessageWordForWord() =>
        Assert.Equal("无法识别的日期：“2021-13-45”", ChineseDateParser.Parse(" 2021-13-45 ").Error);

    [Theory]
    [InlineData("13/06/2021")]
    [InlineData("02/30/2021")]
    public void Parse_UnitedStatesSourceImpossibleDate_ReturnsInvalid(string text) =>
        Assert.Equal(DateParseKind.Invalid, ChineseDateParser.Parse(text, DateSourceFormat.UnitedStates).Kind);

    [Theory]
    [InlineData("06-15")]
    [InlineData("6月15日")]
    public void Parse_MonthDayWithoutReference_ReturnsMissingYear(string text)
    {
        var result = ChineseDateParser.Parse(text);

        Assert.Equal(DateParseKind.Invalid, result.Kind);
        Assert.Equal($"日期缺少年份，需要参考日期才能推断：“{text}”", result.Error);
    }

    [Theory]
    [InlineData("12-30", "2026-01-03", "2025-12-30")]
    [InlineData("[06-15]", "2026-01-03", "2025-06-15")]
    [InlineData("06-15", "2026-01-03", "2025-06-15")]
    [InlineData("6月15日", "2026-01-03", "2025-06-15")]
    [InlineData("6/15", "2026-01-03", "2025-06-15")]
    [InlineData("01-03", "2026-01-03", "2026-01-03")]
    [InlineData("01-04", "2026-01-03", "2026-01-04")] // one day ahead is tolerated (time zones, late publishing)
    [InlineData("01-05", "2026-01-03", "2025-01-05")]
    [InlineData("01-01", "2025-12-31", "2026-01-01")]
    [InlineData("02-29", "2026-03-01", "2024-02-29")]
    public void Parse_MonthDayWithReference_TakesLatestYearNotInFuture(string text, string reference, string expected)
    {
        var result = ChineseDateParser.Parse(text, DateOnly.ParseExact(reference, "yyyy-MM-dd", CultureInfo.InvariantCulture));

        Assert.Equal(DateParseKind.Date, result.Kind);
        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture), result.Value);
    }

    [Theory]
    [InlineData("13-01")]
    [InlineData("02-30")]
    [InlineData("00-10")]
    public void Parse_ImpossibleMonthDayWithReference_ReturnsInvalid(string text)
    {
        var result = ChineseDateParser.Parse(text, Reference);

        Assert.Equal(DateParseKind.Invalid, result.Kind);
        Assert.Equal($"无法识别的日期：“{text}”", result.Error);
    }

    [Theory]
    [InlineData("发布时间：2021-06-15")]
    [InlineData("发布日期:2021年6月15日")]
    [InlineData("来源：市场监管局　发布时间：2021-06-15 10:23　浏览次数：12")]
    [InlineData("文号：2019-01-02 号文件 发布日期：2021-06-15")] // the labelled date wins
    [InlineData("关于某某企业行政处罚的公示 2021/06/15")]
    [InlineData("更新时间【2021.06.15】")]
    public void FindIn_TextWithDate_ReturnsDate(string text)
    {
        var result = ChineseDateParser.FindIn(text, Reference);

        Assert.Equal(DateParseKind.Date, result.Kind);
        Assert.Equal(new DateOnly(2021, 6, 15), result.Value);
    }

    [Theory]
    [InlineData("关于某某企业行政处罚的公示 [06-15]", "2025-06-15")]
    [InlineData("信用动态 12-30", "2025-12-30")]
    [InlineData("发布时间：6月15日", "2025-06-15")]
    public void FindIn_ListItemWithMonthDay_InfersYearFromReference(string text, string expected) =>
        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture), ChineseDateParser.FindIn(text, Reference).Value);

    [Fact]
    public void FindIn_LabelledMonthDayAndUnlabelledFullDate_PrefersLabelled() =>
        Assert.Equal(new DateOnly(2025, 12, 30), ChineseDateParser.FindIn("发布时间：12-30 附件：2019-01-02通知.pdf", Reference).Value);

    [Fact]
    public void FindIn_InvalidFirstDate_SkipsToValidOne() =>
        Assert.Equal(new DateOnly(2021, 6, 15), ChineseDateParser.FindIn("2021-13-45 误填，发布日期：2021-06-15", Reference).Value);

    [Theory]
    [InlineData("没有日期的文本")]
    [InlineData("电话：010-84395205")]
    [InlineData("版本 1.2.3")]
    public void FindIn_TextWithoutDate_ReturnsInvalidNamingText(string text)
    {
        var result = ChineseDateParser.FindIn(text, Reference);

        Assert.Equal(DateParseKind.Invalid, result.Kind);
        Assert.Equal($"文本中未找到日期：“{text}”", result.Error);
    }

    [Fact]
    public void FindIn_LongTextWithoutDate_TruncatesTextInMessage()
    {
        var text = new string('文', 50);

        Assert.Equal($"文本中未找到日期：“{new string('文', 40)}…”", ChineseDateParser.FindIn(text, Reference).Error);
    }

    [Property]
    public Property TryParseIsoShape_AnyNumbersInTheShape_ReadsWhatTheyMeanAsParseDoes() =>
        Prop.ForAll(
            (from year in Gen.Choose(1890, 2110)
             from month in Gen.Choose(0, 13)
             from day in Gen.Choose(0, 32)
             from hour in Gen.Choose(-1, 25)
             from minute in Gen.Choose(0, 61)
             from second in Gen.Choose(0, 61)
             from separator in Gen.Elements('-', '/', '.')
             select (year, month, day, hour, minute, second, separator)).ToArbitrary(),
            t =>
            {
                var (year, month, day, hour, minute, second, separator) = t;
                var text = FormattableString.Invariant($"{year:0000}{separator}{month:00}{separator}{day:00}")
                    + (hour < 0 ? "" : FormattableString.Invariant($" {hour:00}:{minute:00}:{second:00}"));
                var valid = year is >= 1900 and <= 2099 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
                    && hour <= 23 && (hour < 0 || (minute <= 59 && second <= 59));
                var expected = !valid ? DateParseKind.Invalid
                    : new DateOnly(year, month, day) == new DateOnly(2099, 12, 31) ? DateParseKind.OpenEnded
                    : new DateOnly(year, month, day) == new DateOnly(1900, 1, 1) ? DateParseKind.Empty
                    : DateParseKind.Date;

                var read = ChineseDateParser.TryParseIsoShape(System.Text.Encoding.ASCII.GetBytes(text), out var kind, out var date, out var time);
                var parsed = ChineseDateParser.Parse(text);

                return read && kind == expected && parsed.Kind == expected
                    && (expected != DateParseKind.Date || (date == new DateOnly(year, month, day) && parsed.Value == date))
                    && (expected != DateParseKind.Date || hour < 0 || (time == new TimeOnly(hour, minute, second) && parsed.Time == time));
            });

    [Theory]
    [InlineData("2021-6-15")]
    [InlineData(" 2021-06-15")]
    [InlineData("2021-06-15 ")]
    [InlineData("2021-06/15")]
    [InlineData("2021-06-15T10:00:00")]
    [InlineData("2021-06-15 10:00")]
    [InlineData("2021年06月15日")]
    [InlineData("２０２１-06-15")]
    [InlineData("20210615")]
    [InlineData("")]
    public void TryParseIsoShape_OtherText_IsLeftToParse(string text) =>
        Assert.False(ChineseDateParser.TryParseIsoShape(System.Text.Encoding.UTF8.GetBytes(text), out _, out _, out _));

    [Property]
    public Property Parse_AnyDateInEveryForm_RoundTrips() =>
        Prop.ForAll(Dates(new DateOnly(1900, 1, 2), new DateOnly(2099, 12, 30)), date =>
        {
            string[] forms =
            [
                date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                date.ToString("yyyy/M/d", CultureInfo.InvariantCulture),
                date.ToString("yyyy.MM.dd", CultureInfo.InvariantCulture),
                date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture),
                date.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
                date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 10:23:00",
            ];

            return forms.All(f => ChineseDateParser.Parse(f) is { Kind: DateParseKind.Date } r && r.Value == date)
                && ChineseDateParser.Parse(date.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture), DateSourceFormat.UnitedStates).Value == date;
        });

    [Property]
    public Property Parse_ExcelSerialFrom61_IsDaysAfter1899_12_30() =>
        // Four-digit numbers from 1900 to 2099 read as a bare year (rejected), never as a serial: leave them out here.
        Prop.ForAll(Gen.Choose(61, 73_049).Where(n => n is < 1900 or > 2099).ToArbitrary(), n =>
            ChineseDateParser.Parse(n.ToString(CultureInfo.InvariantCulture)).Value == new DateOnly(1899, 12, 30).AddDays(n));

    [Property]
    public Property Parse_MonthDayWithReference_IsLatestMatchNotMoreThanOneDayAhead() =>
        Prop.ForAll(Dates(new DateOnly(2019, 1, 1), new DateOnly(2026, 12, 31)), Dates(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)), (reference, monthDay) =>
        {
            var result = ChineseDateParser.Parse(monthDay.ToString("MM-dd", CultureInfo.InvariantCulture), reference);
            var value = result.Value;
            return result.Kind == DateParseKind.Date
                && value <= reference.AddDays(1)
                && value.Month == monthDay.Month && value.Day == monthDay.Day
                && !(value.AddYears(1) is var later && later.Day == value.Day && later <= reference.AddDays(1));
        });

    private static Arbitrary<DateOnly> Dates(DateOnly from, DateOnly to) =>
        Gen.Choose(from.DayNumber, to.DayNumber).Select(DateOnly.FromDayNumber).ToArbitrary();
}
