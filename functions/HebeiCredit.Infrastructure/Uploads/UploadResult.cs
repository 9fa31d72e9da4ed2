namespace HebeiCredit.Infrastructure.Uploads;

/// <param name="Location">Where the upload is now: "archive/…" or "rejected/…"; null when it is gone.</param>
/// <param name="Outcome">The processor's decision; null when the file was not processed this time.</param>
public sealed record UploadResult(UploadDisposition Disposition, string? Location, UploadOutcome? Outcome, IReadOnlyList<UploadError> Errors);
