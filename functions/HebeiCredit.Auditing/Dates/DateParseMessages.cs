namespace HebeiCredit.Auditing.Dates;

/// <summary>The Chinese texts a city reads when one of its dates cannot be used; tests assert them word for word.</summary>
internal static class DateParseMessages
{
    public static string Unrecognized(string text) => $"无法识别的日期：“{text}”";

    public static string MissingYear(string text) => $"日期缺少年份，需要参考日期才能推断：“{text}”";

    public static string NotFound(string text) =>
        $"文本中未找到日期：“{(text.Length > 40 ? string.Concat(text.AsSpan(0, 40), "…") : text)}”";
}
