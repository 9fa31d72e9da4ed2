using System.Globalization;
using System.Text.Json;

namespace HebeiCredit.Auditing.Calendar;

/// <summary>
/// Reads the holidays.json format: { "years": [ { "year", "notices": [ { "number", "title", "date",
/// "holidays": [ { "name", "from", "to" } ], "workingDays": [ "yyyy-MM-dd" ] } ] } ] }.
/// Checks what a typo would break: a 调休 working day must be a Saturday or Sunday, and every date must lie in the
/// notice's year or the December before it (元旦 blocks start there, e.g. 2018-12-30 in the 2019 notice).
/// </summary>
internal static class HolidayDataReader
{
    public static IReadOnlyList<CalendarYear> Read(Stream json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw Invalid(source, $"不是有效的JSON（{ex.Message}）");
        }

        using (document)
        {
            var years = new List<CalendarYear>();
            foreach (var yearElement in Array(document.RootElement, "years", source))
            {
                var year = yearElement.TryGetProperty("year", out var y) && y.TryGetInt32(out var value)
                    ? value
                    : throw Invalid(source, "年份缺少\"year\"");
                var notices = Array(yearElement, "notices", source).Select(n => ReadNotice(n, year, source)).ToList();
                if (notices.Count == 0)
                {
                    throw Invalid(source, $"{year}年没有通知");
                }

                if (years.Any(existing => existing.Year == year))
                {
                    throw Invalid(source, $"{year}年重复");
                }

                years.Add(new CalendarYear(year, notices.OrderBy(n => n.Date).ToList()));
            }

            return years;
        }
    }

    private static HolidayNotice ReadNotice(JsonElement element, int year, string source)
    {
        var number = Text(element, "number", source);
        var title = Text(element, "title", source);
        var date = Date(Text(element, "date", source), source);
        var earliest = new DateOnly(year - 1, 12, 1);
        var latest = new DateOnly(year, 12, 31);

        var holidays = new List<HolidayBlock>();
        foreach (var block in Array(element, "holidays", source))
        {
            var holiday = new HolidayBlock(
                Text(block, "name", source),
                Date(Text(block, "from", source), source),
                Date(Text(block, "to", source), source));
            if (holiday.From > holiday.To || holiday.From < earliest || holiday.To > latest)
            {
                throw Invalid(source, $"{number}的{holiday.Name}日期{holiday.From:yyyy-MM-dd}至{holiday.To:yyyy-MM-dd}不在{year}年范围内或首尾颠倒");
            }

            holidays.Add(holiday);
        }

        var workingDays = new List<DateOnly>();
        foreach (var day in Array(element, "workingDays", source))
        {
            var workingDay = Date(day.GetString(), source);
            if (workingDay.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                throw Invalid(source, $"{number}的调休上班日{workingDay:yyyy-MM-dd}不是周末");
            }

            if (workingDay < earliest || workingDay > latest)
            {
                throw Invalid(source, $"{number}的调休上班日{workingDay:yyyy-MM-dd}不在{year}年范围内");
            }

            if (holidays.Any(h => h.From <= workingDay && workingDay <= h.To))
            {
                throw Invalid(source, $"{number}的{workingDay:yyyy-MM-dd}既是假日又是上班日");
            }

            workingDays.Add(workingDay);
        }

        return new HolidayNotice(year, number, title, date, holidays, workingDays);
    }

    private static JsonElement.ArrayEnumerator Array(JsonElement element, string name, string source) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(name, out var array)
        && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray()
            : throw Invalid(source, $"缺少数组\"{name}\"");

    private static string Text(JsonElement element, string name, string source) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
        && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!
            : throw Invalid(source, $"缺少\"{name}\"");

    private static DateOnly Date(string? text, string source) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Invalid(source, $"日期“{text}”不是yyyy-MM-dd格式");

    private static InvalidDataException Invalid(string source, string detail) =>
        new($"节假日数据无效（{source}）：{detail}");
}
