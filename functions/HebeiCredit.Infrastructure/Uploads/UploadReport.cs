using HebeiCredit.Auditing.Publication.Sources;

namespace HebeiCredit.Infrastructure.Uploads;

/// <summary>What processing an accepted upload found, kept beside its archived copy as {file}.report.json.</summary>
public sealed record UploadReport(
    string File,
    string Kind,
    string Unit,
    string UploadId,
    DateTimeOffset ProcessedAt,
    int Rows,
    int Findings,
    IReadOnlyList<UploadError> Notes)
{
    public static UploadReport Of(UploadKind kind, string unit, string file, InboxUpload upload, UploadOutcome.Accepted accepted, DateTimeOffset now) =>
        new(file, UploadKindNames.PathSegment(kind), unit, upload.UploadId, now, accepted.Rows, accepted.Findings, accepted.Notes);

    /// <summary>The short Chinese summary kept as {file}.report.txt.</summary>
    public string Summary(UploadKind kind) =>
        $"文件“{File}”（{UploadKindNames.Chinese(kind)}，单位 {Unit}）已受理：读取 {Rows} 行，发现问题 {Findings} 个"
        + (Notes.Count > 0 ? $"，另有 {Notes.Count} 条提示（见 report.json）" : "")
        + "。\n";
}
