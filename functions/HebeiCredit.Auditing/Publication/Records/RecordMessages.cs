using System.Globalization;

namespace HebeiCredit.Auditing.Publication.Records;

/// <summary>The Chinese texts of the row checks; a city reads them, so the tests assert them word for word.</summary>
internal static class RecordMessages
{
    public const string Empty = "必填项为空";

    public const string OrganizationCodeEmpty = "法人及非法人组织须填写统一社会信用代码，该行为空";

    public const string NaturalPersonIdEmpty = "自然人须填写证件号码，该行为空";

    public const string StillAudited = "记录保留，仍参与时限审核。";

    public static string NotADate(string text) => $"应为具体日期，实为“{text}”";

    public static string Future(DateOnly date, DateOnly today) => $"{Date(date)}晚于检查日{Date(today)}";

    public static string Amount(string text) => $"“{text}”不是有效的金额（单位：万元）";

    public static string NegativeAmount(string text) => $"金额不能为负数：“{text}”";

    public static string Category(string text) => $"“{text}”无法识别，应为法人及非法人组织、自然人或个体工商户";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
