namespace HebeiCredit.Infrastructure.Uploads.Reading;

/// <summary>
/// An uploaded file that cannot be read as a table: not a valid package, truncated, empty, no header, undecodable.
/// The message is in Chinese and names the file (and the row when known): it goes into the rejection report as is.
/// </summary>
public sealed class UploadFormatException(string file, string message, int? row = null, Exception? inner = null)
    : Exception(message, inner)
{
    public string File { get; } = file;

    public int? Row { get; } = row;
}
