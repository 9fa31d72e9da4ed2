namespace HebeiCredit.Infrastructure.Uploads.Reading;

/// <summary>How a file is read: which sheet of a workbook, and how far an .xlsx may expand.</summary>
public sealed record UploadReadOptions
{
    public static readonly UploadReadOptions Default = new();

    /// <summary>The worksheet to read from an .xlsx; null for the first one.</summary>
    public string? SheetName { get; init; }

    /// <summary>
    /// The most an .xlsx may claim to expand to (the sum of its entries' uncompressed sizes): a small file that
    /// unpacks to gigabytes is rejected before any of it is inflated.
    /// </summary>
    public long MaxExpandedBytes { get; init; } = UploadDefaults.MaxExpandedBytes;
}
