using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Publication;
using HebeiCredit.Auditing.Publication.History;
using HebeiCredit.Auditing.Publication.Records;
using HebeiCredit.Auditing.Publication.Sources;
using HebeiCredit.Auditing.Repair;
using HebeiCredit.Auditing.Time;

namespace HebeiCredit.Auditing.Tests.Publication.Periods;

/// <summary>Penalty records as a unit's site showed them, and national repairs, for the period audit's tests.</summary>
internal static class Pen
{
    public const string Unit = "1301";
    public const string Environment = "石家庄市生态环境局";
    public const string Market = "石家庄市市场监督管理局";

    public static PublicationRecord Record(
        string document, string decided, string category = "罚款", string? content = "罚款人民币5000元", decimal? fine = 0.5m,
        string authority = Environment, string? violation = null, string? publicationEnd = null) =>
        new(UploadKind.Published, Unit, "list-1301", 1, DecisionKind.Penalty, "某某有限公司", SubjectCategory.Organization, "91130100MA0E2B3MXJ", null, null,
            DocumentNumber.From(document), DateOnly.Parse(decided), authority, null, violation, category, content, fine, null,
            publicationEnd is null ? null : DateOnly.Parse(publicationEnd), null, null, authority, []);

    /// <summary>Seen from <paramref name="firstSeen"/> to <paramref name="lastSeen"/>; the latest look (at <paramref name="observed"/>) showed it or not.</summary>
    public static PublishedHistory Shown(PublicationRecord record, string observed, string? firstSeen = null) =>
        new(record, At(firstSeen ?? observed), At(observed), true, At(observed), Sighting(record, observed));

    public static PublishedHistory Removed(PublicationRecord record, string lastSeen, string observed) =>
        new(record, At(lastSeen), At(lastSeen), false, At(observed), Sighting(record, lastSeen));

    public static RepairDecision Repair(string document, string repaired, int row = 2) =>
        new("repairs.csv", row, DocumentNumber.From(document), "某某有限公司", "91130100MA0E2B3MXJ", Environment, DateOnly.Parse(repaired), "信用修复");

    public static DateTimeOffset At(string date) => new(DateOnly.Parse(date).ToDateTime(new TimeOnly(10, 0)), ChinaTime.Offset);

    private static Evidence Sighting(PublicationRecord record, string date) =>
        new($"行政处罚公示列表 {date}", new Uri("http://127.0.0.1/xzcf"), "evidence/x", "abc", At(date));
}
