using System.Globalization;
using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Sites.Audit;
using HebeiCredit.Auditing.Sites.Columns;
using HebeiCredit.Auditing.Sites.Freshness;
using HebeiCredit.Auditing.Sites.Pages;
using HebeiCredit.Auditing.Time;

namespace HebeiCredit.Auditing.Sites.Rules;

/// <summary>How the website rules write dates, figures and evidence, so every finding reads the same way.</summary>
internal static class RuleText
{
    public const string SiteSubject = "site";

    public const string HomeSubject = "home";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Instant(DateTimeOffset instant) =>
        instant.ToOffset(ChinaTime.Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Percent(decimal share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture);

    public static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);

    public static string KindName(ColumnKind kind) => kind switch
    {
        ColumnKind.Dynamic => "动态类",
        ColumnKind.Notice => "通知公告、政策文件类",
        _ => "服务类",
    };

    public static Evidence Page(PageSnapshot snapshot, string description) =>
        new(description, snapshot.Url, snapshot.SnapshotBlob, snapshot.Sha256, snapshot.Fetch.FetchedAt);

    /// <summary>“另有1条信息的日期晚于检查日…”, or nothing when no entry is future-dated.</summary>
    public static string FutureDated(FreshnessFacts facts) =>
        facts.FutureDatedItems.Count == 0
            ? string.Empty
            : $"另有{facts.FutureDatedItems.Count}条信息的日期晚于检查日，日期不可信，未作为更新日期："
              + string.Join("；", facts.FutureDatedItems.Take(3).Select(i => $"“{i.Title}”（{Date(i.Date!.Value)}）")) + "。";

    public static Finding Finding(
        WebsiteAuditContext context, string ruleId, string subject, string summary, string explanation, PolicyClause clause, IReadOnlyList<Evidence> evidence) =>
        new(ruleId, context.Unit, subject, summary, explanation, clause, evidence, context.Now);
}
