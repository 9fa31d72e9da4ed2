using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HebeiCredit.Auditing.Calendar;

namespace HebeiCredit.Auditing.Tests.Calendar;

public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Default;
    private static readonly DateOnly FirstCovered = new(2019, 1, 1);
    private static readonly DateOnly LastCovered = new(2026, 12, 31);

    // Typed again from the notices themselves, independently of holidays.json, so a typo in either shows up.
    private static readonly (string Holiday, string From, string To)[] HolidayBlockList =
    [
        ("2019 元旦", "2019-01-01", "2019-01-01"), // 2018-12-30..31 lie outside the covered years
        ("2019 春节", "2019-02-04", "2019-02-10"),
        ("2019 清明节", "2019-04-05", "2019-04-05"),
        ("2019 劳动节（国办发明电〔2019〕3号调整）", "2019-05-01", "2019-05-04"),
        ("2019 端午节", "2019-06-07", "2019-06-07"),
        ("2019 中秋节", "2019-09-13", "2019-09-13"),
        ("2019 国庆节", "2019-10-01", "2019-10-07"),
        ("2020 元旦", "2020-01-01", "2020-01-01"),
        ("2020 春节（延长至2月2日）", "2020-01-24", "2020-02-02"),
        ("2020 清明节", "2020-04-04", "2020-04-06"),
        ("2020 劳动节", "2020-05-01", "2020-05-05"),
        ("2020 端午节", "2020-06-25", "2020-06-27"),
        ("2020 国庆节、中秋节", "2020-10-01", "2020-10-08"),
        ("2021 元旦", "2021-01-01", "2021-01-03"),
        ("2021 春节", "2021-02-11", "2021-02-17"),
        ("2021 清明节", "2021-04-03", "2021-04-05"),
        ("2021 劳动节", "2021-05-01", "2021-05-05"),
        ("2021 端午节", "2021-06-12", "2021-06-14"),
        ("2021 中秋节", "2021-09-19", "2021-09-21"),
        ("2021 国庆节", "2021-10-01", "2021-10-07"),
        ("2022 元旦", "2022-01-01", "2022-01-03"),
        ("2022 春节", "2022-01-31", "2022-02-06"),
        ("2022 清明节", "2022-04-03", "2022-04-05"),
        ("2022 劳动节", "2022-04-30", "2022-05-04"),
        ("2022 端午节", "2022-06-03", "2022-06-05"),
        ("2022 中秋节", "2022-09-10", "2022-09-12"),
        ("2022 国庆节", "2022-10-01", "2022-10-07"),
        ("2023 元旦", "2022-12-31", "2023-01-02"),
        ("2023 春节", "2023-01-21", "2023-01-27"),
        ("2023 清明节", "2023-04-05", "2023-04-05"),
        ("2023 劳动节", "2023-04-29", "2023-05-03"),
        ("2023 端午节", "2023-06-22", "2023-06-24"),
        ("2023 中秋节、国庆节", "2023-09-29", "2023-10-06"),
        ("2024 元旦", "2024-01-01", "2024-01-01"),
        ("2024 春节", "2024-02-10", "2024-02-17"),
        ("2024 清明节", "2024-04-04", "2024-04-06"),
        ("2024 劳动节", "2024-05-01", "2024-05-05"),
        ("2024 端午节", "2024-06-10", "2024-06-10"),
        ("2024 中秋节", "2024-09-15", "2024-09-17"),
        ("2024 国庆节", "2024-10-01", "2024-10-07"),
        ("2025 元旦", "2025-01-01", "2025-01-01"),
        ("2025 春节", "2025-01-28", "2025-02-04"),
        ("2025 清明节", "2025-04-04", "2025-04-06"),
        ("2025 劳动节", "2025-05-01", "2025-05-05"),
        ("2025 端午节", "2025-05-31", "2025-06-02"),
        ("2025 国庆节、中秋节", "2025-10-01", "2025-10-08"),
        ("2026 元旦", "2026-01-01", "2026-01-03"),
        ("2026 春节", "2026-02-15", "2026-02-23"),
        ("2026 清明节", "2026-04-04", "2026-04-06"),
        ("2026 劳动节", "2026-05-01", "2026-05-05"),
        ("2026 端午节", "2026-06-19", "2026-06-21"),
        ("2026 中秋节", "2026-09-25", "2026-09-27"),
        ("2026 国庆节", "2026-10-01", "2026-10-07"),
    ];

    private static readonly string[] AdjustedWorkingDayList =
    [
        "2019-02-02", "2019-02-03", "2019-04-28", "2019-05-05", "2019-09-29", "2019-10-12",
        "2020-01-19", "2020-04-26", "2020-05-09", "2020-06-28", "2020-09-27", "2020-10-10",
        "2021-02-07", "2021-02-20", "2021-04-25", "2021-05-08", "2021-09-18", "2021-09-26", "2021-10-09",
        "2022-01-29", "2022-01-30", "2022-04-02", "2022-04-24", "2022-05-07", "2022-10-08", "2022-10-09",
        "2023-01-28", "2023-01-29", "2023-04-23", "2023-05-06", "2023-06-25", "2023-10-07", "2023-10-08",
        "2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29", "2024-10-12",
        "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
        "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10",
    ];

    public static TheoryData<string, string, string> HolidayBlocks
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var (holiday, from, to) in HolidayBlockList)
            {
                data.Add(holiday, from, to);
            }

            return data;
        }
    }

    public static TheoryData<string> AdjustedWorkingDays => new(AdjustedWorkingDayList);

    private static readonly (string Number, string Date)[] NoticeList =
    [
        ("国办发明电〔2018〕15号", "2018-12-04"),
        ("国办发明电〔2019〕3号", "2019-03-22"),
        ("国办发明电〔2019〕16号", "2019-11-21"),
        ("国办发明电〔2020〕1号", "2020-01-26"),
        ("国办发明电〔2020〕27号", "2020-11-25"),
        ("国办发明电〔2021〕11号", "2021-10-25"),
        ("国办发明电〔2022〕16号", "2022-12-08"),
        ("国办发明电〔2023〕7号", "2023-10-25"),
        ("国办发明电〔2024〕12号", "2024-11-12"),
        ("国办发明电〔2025〕7号", "2025-11-04"),
    ];

    public static TheoryData<string, string> Notices
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (number, date) in NoticeList)
            {
                data.Add(number, date);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(HolidayBlocks))]
    public void IsWorkingDay_EveryDayOfHolidayBlock_IsFalse(string holiday, string from, string to)
    {
        for (var day = D(from); day <= D(to); day = day.AddDays(1))
        {
            Assert.False(Calendar.IsWorkingDay(day), $"{holiday}: {day:yyyy-MM-dd}");
        }
    }

    [Theory]
    [MemberData(nameof(AdjustedWorkingDays))]
    public void IsWorkingDay_AdjustedWeekendDay_IsTrue(string date)
    {
        Assert.True(D(date).DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
        Assert.True(Calendar.IsWorkingDay(D(date)));
    }

    [Fact]
    public void IsWorkingDay_EveryDay2019To2026_MatchesNoticesTranscribedInTest()
    {
        var holidays = HolidayBlockList.SelectMany(b => Days(D(b.From), D(b.To))).ToHashSet();
        var working = AdjustedWorkingDayList.Select(D).ToHashSet();

        for (var day = FirstCovered; day <= LastCovered; day = day.AddDays(1))
        {
            var expected = working.Contains(day)
                || (!holidays.Contains(day) && day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
            Assert.True(expected == Calendar.IsWorkingDay(day), $"{day:yyyy-MM-dd}");
        }
    }

    [Theory]
    [InlineData("2020-02-01")] // a 调休 working Saturday in 国办发明电〔2019〕16号, a holiday after the extension
    [InlineData("2020-01-31")]
    [InlineData("2019-05-02")] // a working Thursday until 国办发明电〔2019〕3号
    [InlineData("2019-05-03")]
    [InlineData("2022-12-31")] // Saturday, and 元旦 of the 2023 notice
    public void IsWorkingDay_DayChangedByAmendmentOrNextNotice_IsFalse(string date) =>
        Assert.False(Calendar.IsWorkingDay(D(date)));

    [Theory]
    [InlineData("2024-02-09")] // 除夕 2024: the notice only encourages leave
    [InlineData("2020-02-03")] // first day back after the extension
    [InlineData("2026-02-24")]
    [InlineData("2026-10-08")]
    public void IsWorkingDay_OrdinaryWeekdayNextToHoliday_IsTrue(string date) =>
        Assert.True(Calendar.IsWorkingDay(D(date)));

    [Theory]
    [InlineData("2024-02-07", 7, "2024-02-22")] // 春节 2024 with 02-18 (Sun) worked
    [InlineData("2025-01-24", 7, "2025-02-10")] // 春节 2025 with 01-26 (Sun) and 02-08 (Sat) worked
    [InlineData("2026-02-12", 7, "2026-02-28")] // 春节 2026 ends on the working Saturday 02-28
    [InlineData("2026-02-13", 1, "2026-02-14")]
    [InlineData("2020-01-22", 3, "2020-02-04")] // the extended 2020 春节
    [InlineData("2023-09-27", 7, "2023-10-12")] // 中秋节、国庆节 2023
    [InlineData("2026-09-18", 7, "2026-09-29")] // counts 2026-09-20 (Sun), skips 中秋节
    [InlineData("2026-09-29", 7, "2026-10-14")] // counts 2026-10-10 (Sat), skips 国庆节
    [InlineData("2026-09-30", 1, "2026-10-08")]
    [InlineData("2021-06-15", 7, "2021-06-24")]
    [InlineData("2026-10-03", 0, "2026-10-03")] // n = 0 is the date itself, holiday or not
    public void AddWorkingDays_DeadlineAcrossHolidays_IsNthWorkingDayAfter(string decision, int n, string expected) =>
        Assert.Equal(D(expected), Calendar.AddWorkingDays(D(decision), n));

    [Theory]
    [InlineData("2026-09-19", "2026-09-20")]
    [InlineData("2026-10-09", "2026-10-10")]
    [InlineData("2026-09-30", "2026-10-08")]
    [InlineData("2025-01-27", "2025-02-05")]
    [InlineData("2021-06-15", "2021-06-16")]
    public void NextWorkingDay_Date_IsFirstWorkingDayStrictlyAfter(string date, string expected) =>
        Assert.Equal(D(expected), Calendar.NextWorkingDay(D(date)));

    [Theory]
    [InlineData("2026-09-30", "2026-10-10", 3)]
    [InlineData("2026-10-10", "2026-09-30", -3)]
    [InlineData("2026-10-01", "2026-10-01", 0)]
    [InlineData("2026-09-18", "2026-09-20", 1)]
    [InlineData("2025-12-31", "2026-01-05", 2)] // 01-01..03 off, 01-04 (Sun) and 01-05 worked
    public void WorkingDaysBetween_Range_CountsWorkingDaysAfterFromUpToTo(string from, string to, int expected) =>
        Assert.Equal(expected, Calendar.WorkingDaysBetween(D(from), D(to)));

    [Fact]
    public void AddWorkingDays_NegativeCount_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(D("2021-06-15"), -1));

    [Fact]
    public void IsWorkingDay_YearNotCovered_ThrowsNamingYearInChinese()
    {
        var ex = Assert.Throws<CalendarYearNotCoveredException>(() => Calendar.IsWorkingDay(D("2027-01-04")));
        Assert.Equal(2027, ex.Year);
        Assert.Equal("工作日历未包含2027年的节假日安排（国务院办公厅通知）", ex.Message);
    }

    [Fact]
    public void IsWorkingDay_YearBeforeData_Throws()
    {
        var ex = Assert.Throws<CalendarYearNotCoveredException>(() => Calendar.IsWorkingDay(D("2018-12-29")));
        Assert.Equal("工作日历未包含2018年的节假日安排（国务院办公厅通知）", ex.Message);
    }

    [Fact]
    public void AddWorkingDays_DeadlineRunningIntoUncoveredYear_Throws()
    {
        var ex = Assert.Throws<CalendarYearNotCoveredException>(() => Calendar.AddWorkingDays(D("2026-12-28"), 7));
        Assert.Equal(2027, ex.Year);
    }

    [Fact]
    public void WorkingDaysBetween_EndInUncoveredYear_Throws() =>
        Assert.Throws<CalendarYearNotCoveredException>(() => Calendar.WorkingDaysBetween(D("2026-12-01"), D("2027-01-05")));

    [Fact]
    public void Load_OverlayAdding2027_CoversNewYear()
    {
        // Invented 2027 data for the test only; it is not the State Council's 2027 notice.
        var calendar = WorkingCalendar.Load(Json("""
            { "years": [ { "year": 2027, "notices": [ {
              "number": "测试〔2026〕1号", "title": "测试用2027年安排", "date": "2026-11-01",
              "holidays": [ { "name": "元旦", "from": "2027-01-01", "to": "2027-01-03" } ],
              "workingDays": [ "2027-02-06" ] } ] } ] }
            """));

        Assert.Equal([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027], calendar.CoveredYears);
        Assert.False(calendar.IsWorkingDay(D("2027-01-01")));
        Assert.True(calendar.IsWorkingDay(D("2027-01-04")));
        Assert.True(calendar.IsWorkingDay(D("2027-02-06")));
        Assert.Equal(D("2027-01-05"), calendar.AddWorkingDays(D("2026-12-30"), 3));
        Assert.Equal(2, calendar.WorkingDaysBetween(D("2026-12-31"), D("2027-01-05")));
        Assert.Contains(calendar.Notices, n => n.Number == "测试〔2026〕1号" && n.Year == 2027);
        Assert.Throws<CalendarYearNotCoveredException>(() => WorkingCalendar.Default.IsWorkingDay(D("2027-01-04")));
    }

    [Fact]
    public void Load_OverlayReplacingYear_ReplacesWholeYear()
    {
        var calendar = WorkingCalendar.Load(Json("""
            { "years": [ { "year": 2026, "notices": [ {
              "number": "测试〔2026〕2号", "title": "测试用替换", "date": "2026-11-01",
              "holidays": [], "workingDays": [] } ] } ] }
            """));

        Assert.False(calendar.IsWorkingDay(D("2026-09-20")));
        Assert.True(calendar.IsWorkingDay(D("2026-10-01")));
        Assert.DoesNotContain(calendar.Notices, n => n.Number == "国办发明电〔2025〕7号");
    }

    [Fact]
    public void Load_OverlayWithWeekdayAsAdjustedWorkingDay_ThrowsInvalidData()
    {
        var ex = Assert.Throws<InvalidDataException>(() => WorkingCalendar.Load(Json("""
            { "years": [ { "year": 2027, "notices": [ {
              "number": "测试〔2026〕3号", "title": "测试", "date": "2026-11-01",
              "holidays": [], "workingDays": [ "2027-01-05" ] } ] } ] }
            """)));

        Assert.Equal("节假日数据无效（补充数据1）：测试〔2026〕3号的调休上班日2027-01-05不是周末", ex.Message);
    }

    [Fact]
    public void Load_OverlayNotJson_ThrowsInvalidData() =>
        Assert.Throws<InvalidDataException>(() => WorkingCalendar.Load(Json("not json")));

    [Theory]
    [MemberData(nameof(Notices))]
    public void Notices_EachStateCouncilNotice_IsListedWithItsDate(string number, string date) =>
        Assert.Contains(Calendar.Notices, n => n.Number == number && n.Date == D(date));

    [Fact]
    public void Notices_Default_AreTenInOrder()
    {
        Assert.Equal(NoticeList.Select(n => n.Number), Calendar.Notices.Select(n => n.Number));
        Assert.Equal(Enumerable.Range(2019, 8), Calendar.CoveredYears);
    }

    [Fact]
    public void Default_CalledTwice_IsSameInstance() => Assert.Same(WorkingCalendar.Default, WorkingCalendar.Default);

    [Property]
    public Property AddWorkingDays_PositiveCount_LandsOnWorkingDayNWorkingDaysLater() =>
        Prop.ForAll(CoveredDates, Gen.Choose(1, 40).ToArbitrary(), (date, n) =>
        {
            var result = Calendar.AddWorkingDays(date, n);
            return Calendar.IsWorkingDay(result) && result > date && Calendar.WorkingDaysBetween(date, result) == n;
        });

    [Property]
    public Property NextWorkingDay_AnyDate_SkipsOnlyNonWorkingDays() =>
        Prop.ForAll(CoveredDates, date =>
        {
            var next = Calendar.NextWorkingDay(date);
            return Calendar.IsWorkingDay(next)
                && Days(date.AddDays(1), next.AddDays(-1)).All(d => !Calendar.IsWorkingDay(d));
        });

    [Property]
    public Property WorkingDaysBetween_SwappedEnds_IsNegated() =>
        Prop.ForAll(CoveredDates, CoveredDates, (a, b) =>
            Calendar.WorkingDaysBetween(a, b) == -Calendar.WorkingDaysBetween(b, a));

    // 2019-01-01 .. 2026-10-31, leaving room for 40 working days before the end of 2026. FsCheck's NonNegativeInt
    // is bounded by the test size (100 by default), so the whole range is drawn explicitly.
    private static Arbitrary<DateOnly> CoveredDates { get; } =
        Gen.Choose(FirstCovered.DayNumber, new DateOnly(2026, 10, 31).DayNumber).Select(DateOnly.FromDayNumber).ToArbitrary();

    private static IEnumerable<DateOnly> Days(DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            yield return day;
        }
    }

    private static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static MemoryStream Json(string json) => new(Encoding.UTF8.GetBytes(json));
}
