namespace HebeiCredit.Infrastructure.Uploads;

/// <summary>One problem with an upload, as the rejection report lists it: the file, the row and field when known, and why.</summary>
/// <param name="Message">In Chinese: the city reads it.</param>
public sealed record UploadError(string File, int? Row, string? Field, string Message);
