using System.Globalization;
using System.Runtime.CompilerServices;

namespace HebeiCredit.Auditing.Dates;

/// <summary>
/// Reads the date forms real ledgers and government web pages use. Impossible or ambiguous text is an
/// <see cref="DateParseKind.Invalid"/> result with a Chinese message naming the text, never a guess.
/// </summary>
/// <remarks>
/// Accepted: 2021-06-15, 2021/6/15, 2021.06.15, 2021年6月15日, 20210615, each year-first form with a time; Excel serial
/// numbers (1900 date system; a fraction only on five-digit serials, and a bare four-digit year is not a serial);
/// MM/DD/YYYY only with <see cref="DateSourceFormat.UnitedStates"/>; with a reference date,
/// 06-15, 6/15, 6月15日. Years 1900 to 2099. 2099-12-31 means open-ended, 1900-01-01 means empty.
/// </remarks>
public static partial class ChineseDateParser
{
    private const int MinYear = 1900;
    private const int MaxYear = 2099;
    private const int LabelWindow = 16;
    private static readonly DateOnly OpenEndedSentinel = new(2099, 12, 31);
    private static readonly DateOnly EmptySentinel = new(1900, 1, 1);

    // Excel counts 1900-01-01 as 1 and, copying Lotus 1-2-3, treats 1900 as a leap year: serial 60 is the
    // non-existent 1900-02-29, and from 61 on serial n is 1899-12-30 + n.
    private static readonly DateOnly ExcelEpochBeforeBug = new(1899, 12, 31);
    private static readonly DateOnly ExcelEpochAfterBug = new(1899, 12, 30);

    public static DateParseResult Parse(string? text, DateSourceFormat format = DateSourceFormat.Chinese) =>
        Parse(text, null, format);

    /// <summary>
    /// As <see cref="Parse(string?, DateSourceFormat)"/>, and also reads month-day forms by taking the latest year in
    /// which the date is at most one day after <paramref name="reference"/> (reference 2026-01-03: "12-30" is 2025-12-30).
    /// </summary>
    public static DateParseResult Parse(string? text, DateOnly reference, DateSourceFormat format = DateSourceFormat.Chinese) =>
        Parse(text, (DateOnly?)reference, format);

    /// <summary>
    /// The date inside free text such as "发布时间：2021-06-15" or "发布日期:2021年6月15日": a date after a 时间/日期
    /// label first (a full date before a month-day), else the first full date, else the first month-day. Month-days
    /// take their year from <paramref name="reference"/> as in <see cref="Parse(string?, DateOnly, DateSourceFormat)"/>.
    /// </summary>
    public static DateParseResult FindIn(string? text, DateOnly reference)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return DateParseResult.Empty;
        }

        var span = text.AsSpan();
        var (labelledFull, firstFull) = FindFirst(span, DatePatterns.YearFirstInText(), null);
        if (labelledFull.Kind != DateParseKind.Invalid)
        {
            return labelledFull;
        }

        var (labelledShort, firstShort) = FindFirst(span, DatePatterns.MonthDayInText(), reference);
        var found = labelledShort.Kind != DateParseKind.Invalid ? labelledShort
            : firstFull.Kind != DateParseKind.Invalid ? firstFull
            : firstShort;
        return found.Kind == DateParseKind.Invalid ? DateParseResult.Invalid(DateParseMessages.NotFound(text.Trim())) : found;
    }

    private static DateParseResult Parse(string? text, DateOnly? reference, DateSourceFormat format)
    {
        var kind = ParseCore(text.AsSpan(), reference, format, out var date, out var time, out var missingYear);
        return kind switch
        {
            DateParseKind.Date => DateParseResult.Date(date, time),
            DateParseKind.OpenEnded => DateParseResult.OpenEnded,
            DateParseKind.Empty => DateParseResult.Empty,
            _ => DateParseResult.Invalid(missingYear
                ? DateParseMessages.MissingYear(text!.Trim())
                : DateParseMessages.Unrecognized(text!.Trim())),
        };
    }

    /// <summary>The first readable date after a 时间/日期 label, and the first readable date at all (default: none).</summary>
    private static (DateParseResult Labelled, DateParseResult First) FindFirst(
        ReadOnlySpan<char> text, System.Text.RegularExpressions.Regex pattern, DateOnly? reference)
    {
        DateParseResult first = default;
        foreach (var match in pattern.EnumerateMatches(text))
        {
            var kind = ParseCore(text.Slice(match.Index, match.Length), reference, DateSourceFormat.Chinese, out var date, out var time, out _);
            if (kind == DateParseKind.Invalid)
            {
                continue;
            }

            var result = kind switch
            {
                DateParseKind.Date => DateParseResult.Date(date, time),
                DateParseKind.OpenEnded => DateParseResult.OpenEnded,
                _ => DateParseResult.Empty,
            };
            var labelStart = Math.Max(0, match.Index - LabelWindow);
            if (DatePatterns.DateLabelBefore().IsMatch(text[labelStart..match.Index]))
            {
                return (result, first.Kind == DateParseKind.Invalid ? result : first);
            }

            if (first.Kind == DateParseKind.Invalid)
            {
                first = result;
            }
        }

        return (default, first);
    }

    private static DateParseKind ParseCore(
        ReadOnlySpan<char> text,
        DateOnly? reference,
        DateSourceFormat format,
        out DateOnly date,
        out TimeOnly? time,
        out bool missingYear)
    {
        date = default;
        time = null;
        missingYear = false;
        var s = StripBrackets(text.Trim());
        if (s.IsEmpty || s is "-" or "—" or "无")
        {
            return DateParseKind.Empty;
        }

        if (s is "长期" or "长期有效" or "永久" or "永久有效")
        {
            return DateParseKind.OpenEnded;
        }

        if (TryReadIsoShape(s, ref date, ref time, out var isoKind))
        {
            return isoKind;
        }

        Span<int> n = stackalloc int[8];
        if (DatePatterns.YearFirst().IsMatch(s) || DatePatterns.ChineseYearMonthDay().IsMatch(s))
        {
            var count = ReadNumbers(s, n);
            return Build(n[0], n[1], n[2], n[3..count], ref date, ref time);
        }

        if (DatePatterns.Compact().IsMatch(s))
        {
            return Build(Number(s[..4]), Number(s.Slice(4, 2)), Number(s.Slice(6, 2)), [], ref date, ref time);
        }

        if (DatePatterns.ExcelSerial().IsMatch(s))
        {
            return FromExcelSerial(s, ref date, ref time);
        }

        if (DatePatterns.MonthDayYear().IsMatch(s))
        {
            if (format != DateSourceFormat.UnitedStates)
            {
                return DateParseKind.Invalid;
            }

            var count = ReadNumbers(s, n);
            return Build(n[2], n[0], n[1], n[3..count], ref date, ref time);
        }

        if (DatePatterns.MonthDay().IsMatch(s))
        {
            if (reference is not { } r)
            {
                missingYear = true;
                return DateParseKind.Invalid;
            }

            ReadNumbers(s, n);
            return InferYear(n[0], n[1], r, ref date);
        }

        return DateParseKind.Invalid;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static DateParseKind Build(int year, int month, int day, ReadOnlySpan<int> clock, ref DateOnly date, ref TimeOnly? time)
    {
        if (year is < MinYear or > MaxYear || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return DateParseKind.Invalid;
        }

        if (clock.Length >= 2)
        {
            var second = clock.Length >= 3 ? clock[2] : 0;
            if (clock[0] > 23 || clock[1] > 59 || second > 59)
            {
                return DateParseKind.Invalid;
            }

            time = new TimeOnly(clock[0], clock[1], second);
        }

        date = new DateOnly(year, month, day);
        return Classify(date);
    }

    private static DateParseKind FromExcelSerial(ReadOnlySpan<char> s, ref DateOnly date, ref TimeOnly? time)
    {
        var dot = s.IndexOf('.');
        var whole = dot < 0 ? s : s[..dot];
        var serial = Number(whole);

        // "2021" or "2021.06" is far likelier a bare year (or year.month) than a day in 1905; "6.15" a month-day.
        // Real Excel date-times are five-digit serials (10000 is 1927-05-18), so only those may carry a fraction.
        if ((whole.Length == 4 && serial is >= MinYear and <= MaxYear) || (dot >= 0 && serial < 10_000))
        {
            return DateParseKind.Invalid;
        }

        if (serial == 0)
        {
            return DateParseKind.Empty;
        }

        if (serial == 60)
        {
            return DateParseKind.Invalid;
        }

        var day = (serial < 60 ? ExcelEpochBeforeBug : ExcelEpochAfterBug).AddDays(serial);
        if (day.Year > MaxYear)
        {
            return DateParseKind.Invalid;
        }

        if (dot >= 0)
        {
            var fraction = double.Parse(s[dot..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            var seconds = (int)Math.Round(fraction * 86_400, MidpointRounding.AwayFromZero);
            time = seconds >= 86_400 ? new TimeOnly(23, 59, 59) : TimeOnly.FromTimeSpan(TimeSpan.FromSeconds(seconds));
        }

        date = day;
        return Classify(day);
    }

    private static DateParseKind InferYear(int month, int day, DateOnly reference, ref DateOnly date)
    {
        if (month is < 1 or > 12 || day < 1 || day > 31)
        {
            return DateParseKind.Invalid;
        }

        // Eight years back reaches a leap year for 02-29 from any reference.
        var latest = reference.AddDays(1);
        for (var year = latest.Year; year >= latest.Year - 8; year--)
        {
            if (day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day) is var candidate && candidate <= latest)
            {
                date = candidate;
                return DateParseKind.Date;
            }
        }

        return DateParseKind.Invalid;
    }

    private static DateParseKind Classify(DateOnly date) =>
        date == OpenEndedSentinel ? DateParseKind.OpenEnded
        : date == EmptySentinel ? DateParseKind.Empty
        : DateParseKind.Date;

    private static ReadOnlySpan<char> StripBrackets(ReadOnlySpan<char> s)
    {
        if (s.Length >= 2 && ((s[0] == '[' && s[^1] == ']') || (s[0] == '【' && s[^1] == '】')))
        {
            return s[1..^1].Trim();
        }

        return s;
    }

    /// <summary>Reads the runs of ASCII digits; the patterns have already fixed how many there are and how long.</summary>
    private static int ReadNumbers(ReadOnlySpan<char> s, Span<int> numbers)
    {
        var count = 0;
        var i = 0;
        while (i < s.Length && count < numbers.Length)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }

            numbers[count++] = Number(s[start..Math.Min(i, start + 9)]);
        }

        return count;
    }

    private static int Number(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }
}
