using System.Globalization;

namespace HebeiCredit.Infrastructure.Uploads.Poison;

/// <summary>
/// Why an upload was parked in rejected/poison/, kept beside it as {file}.poison.json, with the Chinese
/// <see cref="Summary"/> as {file}.poison.txt.
/// </summary>
/// <param name="Upload">The inbox name it arrived under: {kind}/{unit}/{file}.</param>
/// <param name="Attempts">The attempts that started and never finished.</param>
/// <param name="Failures">Of those, the ones that recorded an exception.</param>
public sealed record PoisonReport(
    string File,
    string Upload,
    string UploadId,
    string Location,
    int Attempts,
    int Failures,
    string? LastErrorType,
    string? LastError,
    DateTimeOffset? LastFailedAt,
    DateTimeOffset ParkedAt)
{
    public static PoisonReport Of(string file, InboxUpload upload, string location, UploadAttempt attempt, DateTimeOffset now) =>
        new(file, upload.Name, upload.UploadId, location, attempt.Unfinished, attempt.Failures, attempt.LastErrorType, attempt.LastError, attempt.LastFailedAt, now);

    public string Summary()
    {
        var silent = Attempts - Failures;
        var lastError = LastErrorType is null
            ? "每次处理都中途终止，没有留下错误信息（进程可能崩溃或超时）。"
            : $"最后一次错误（{ChinaTime(LastFailedAt!.Value)}）：{LastErrorType}：{LastError}"
              + (silent > 0 ? $"；另有 {silent} 次处理中途终止，没有留下错误信息。" : "。");
        return $"文件“{File}”（inbox/{Upload}）已连续处理 {Attempts} 次均未完成，不再重试，已原样移至 {Location}。\n"
            + lastError + "\n"
            + $"处理程序在这个文件上反复出错，文件内容并未被判定为不合格：请运维人员查明原因后，把原文件重新放入 inbox/{Upload} 再次处理。\n";
    }

    private static string ChinaTime(DateTimeOffset time) =>
        time.ToOffset(Auditing.Time.ChinaTime.Offset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
