using System.Globalization;
using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Publication.Headers;
using HebeiCredit.Auditing.Publication.Records;
using HebeiCredit.Auditing.Publication.Sources;
using HebeiCredit.Auditing.Time;

namespace HebeiCredit.Auditing.Publication;

/// <summary>How the PUB-* findings write dates, rows and evidence, so every finding reads the same way.</summary>
internal static class PublicationText
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The domain takes the audit's date, not a clock: findings are stamped at its start, China time.</summary>
    public static DateTimeOffset ObservedAt(DateOnly today) => new(today.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset);

    public static string DecisionDateName(DecisionKind kind) => FieldNames.Of(PublicationField.DecisionDate, kind);

    /// <summary>省平台报送记录“a.csv”第3行</summary>
    public static string Where(PublicationRecord record) => $"{UploadKindNames.Chinese(record.Source)}“{record.File}”第{record.Row}行";

    public static Evidence Evidence(PublicationRecord record, PublicationField field, string? value) =>
        new($"{Where(record)}：{value ?? "（空）"}", File: record.File, Row: record.Row, Field: FieldNames.Of(field, record.Kind));
}
