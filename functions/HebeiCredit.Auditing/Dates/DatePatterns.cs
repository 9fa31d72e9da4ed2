using System.Text.RegularExpressions;

namespace HebeiCredit.Auditing.Dates;

/// <summary>
/// The shapes of date text. They only classify; the numbers are then read from the digit runs, so matching a span
/// allocates nothing. [0-9] rather than \d: \d also matches full-width and other Unicode digits.
/// </summary>
internal static partial class DatePatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private const string Time = @"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,7})?)?";

    /// <summary>2021-06-15, 2021/6/15, 2021.06.15, optionally with a time (2021-06-15 10:23:00, 2021-06-15T10:23).</summary>
    [GeneratedRegex(@"^[0-9]{4}([-/.])[0-9]{1,2}\1[0-9]{1,2}(?:(?:T|\s+)" + Time + ")?$", Options)]
    public static partial Regex YearFirst();

    /// <summary>2021年6月15日, 2021年06月15日, optionally with a time.</summary>
    [GeneratedRegex(@"^[0-9]{4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*[日号]?(?:\s*" + Time + ")?$", Options)]
    public static partial Regex ChineseYearMonthDay();

    /// <summary>20210615.</summary>
    [GeneratedRegex("^[0-9]{8}$", Options)]
    public static partial Regex Compact();

    /// <summary>
    /// An Excel serial number as text (44362, 44362.4326); at most five digits so that yyMMdd is not taken for one.
    /// The parser narrows it further (no bare years, fractions only on five-digit serials).
    /// </summary>
    [GeneratedRegex(@"^[0-9]{1,5}(?:\.[0-9]+)?$", Options)]
    public static partial Regex ExcelSerial();

    /// <summary>06/15/2021, 6/15/2021 10:23: accepted only from a source declared as US.</summary>
    [GeneratedRegex(@"^[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}(?:\s+" + Time + ")?$", Options)]
    public static partial Regex MonthDayYear();

    /// <summary>List-page forms without a year: 06-15, 6/15, 6月15日.</summary>
    [GeneratedRegex(@"^(?:[0-9]{1,2}[-/][0-9]{1,2}|[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*[日号])$", Options)]
    public static partial Regex MonthDay();

    /// <summary>A full date inside free text: 发布时间：2021-06-15 / 发布日期:2021年6月15日.</summary>
    [GeneratedRegex(@"(?<![0-9])[0-9]{4}(?:([-/.])[0-9]{1,2}\1[0-9]{1,2}|\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*[日号]?)(?![0-9])", Options)]
    public static partial Regex YearFirstInText();

    /// <summary>A month-day inside free text (list pages: "[06-15]"); not the tail of a longer date or number.</summary>
    [GeneratedRegex(@"(?<![0-9./\-年])[0-9]{1,2}(?:-[0-9]{1,2}|\s*月\s*[0-9]{1,2}\s*[日号])(?![0-9]|-[0-9])", Options)]
    public static partial Regex MonthDayInText();

    /// <summary>The end of a label that announces a date: 发布时间： / 发布日期: / 日期【.</summary>
    [GeneratedRegex(@"(?:时间|日期)\s*[:：]?\s*[\[【(（]?\s*$", Options)]
    public static partial Regex DateLabelBefore();
}
