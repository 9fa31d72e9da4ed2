namespace HebeiCredit.Infrastructure.Rectification;

/// <summary>The city API's messages to the units, in Chinese.</summary>
internal static class CityApiMessages
{
    public const string KeyMissing = "缺少单位密钥：请在请求头 X-Unit-Key 中提供本单位的密钥。";
    public const string KeyInvalid = "单位密钥无效或已吊销，请向省信用办申请新的密钥。";
    public const string ReportInvalid = "整改报告有误，未保存。";
    public const string BodyNotJson = "请求体必须是 JSON 对象，例如 {\"action\":\"整改措施\",\"evidenceUrl\":\"https://…\"}。";
    public const string ActionMissing = "“整改措施”（action）不能为空。";
    public const string EvidenceUrlMissing = "“证据链接”（evidenceUrl）不能为空。";
    public const string EvidenceUrlInvalid = "“证据链接”（evidenceUrl）必须是以 http:// 或 https:// 开头的完整网址。";
    public const string AlreadyFixed = "该问题已经复核确认整改，无需再报告。";

    public static string OtherUnit(string keyUnit, string unit) => $"本密钥属于单位 {keyUnit}，无权查看或报告单位 {unit} 的问题。";

    public static string FindingNotFound(string id) => $"未找到问题 {id}。";

    public static string ActionTooLong(int max) => $"“整改措施”（action）不能超过 {max} 字。";

    public static string BodyTooLarge(int maxBytes) => $"请求体不能超过 {maxBytes / 1024} KB。";
}
