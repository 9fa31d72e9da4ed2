namespace HebeiCredit.Infrastructure.Uploads.Poison;

/// <summary>One delivery of an upload, counted before it is processed, with what the earlier ones left behind.</summary>
/// <param name="Number">1 for the first delivery; the earlier <c>Number - 1</c> did not finish.</param>
/// <param name="Failures">How many earlier attempts recorded an exception; the rest ended without a word (the process died or was stopped).</param>
/// <param name="LastErrorType">The type of the last recorded exception, null when none was recorded.</param>
public sealed record UploadAttempt(int Number, int Failures, string? LastErrorType, string? LastError, DateTimeOffset? LastFailedAt)
{
    /// <summary>Earlier attempts that started and never finished.</summary>
    public int Unfinished => Number - 1;
}
