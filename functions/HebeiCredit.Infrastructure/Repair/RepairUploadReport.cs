using HebeiCredit.Infrastructure.Uploads;

namespace HebeiCredit.Infrastructure.Repair;

/// <summary>What processing an accepted repair results file found, kept beside its archived copy as {file}.report.json.</summary>
/// <param name="Repairs">The repair decisions read and stored.</param>
/// <param name="Units">The units whose period audit ran at once because their site showed a repaired 文书号.</param>
/// <param name="Findings">The EXP-*/REP-* findings those audits recorded.</param>
/// <param name="Notes">Rows left out (file, row, field, why).</param>
public sealed record RepairUploadReport(
    string File,
    string UploadId,
    DateTimeOffset ProcessedAt,
    int Rows,
    int Repairs,
    IReadOnlyList<string> Units,
    int Findings,
    IReadOnlyList<UploadError> Notes)
{
    /// <summary>The short Chinese summary kept as {file}.report.txt.</summary>
    public string Summary() =>
        $"文件“{File}”（全国信用修复结果）已受理：读取 {Rows} 行，修复决定 {Repairs} 条"
        + (Units.Count > 0 ? $"，已对 {string.Join("、", Units)} 核查修复同步，发现问题 {Findings} 个" : "，无单位网站公示其中的处罚")
        + (Notes.Count > 0 ? $"；{Notes.Count} 行未能读取（见 report.json）" : "")
        + "。\n";
}
