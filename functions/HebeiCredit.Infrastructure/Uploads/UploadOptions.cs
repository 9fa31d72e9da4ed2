using System.ComponentModel.DataAnnotations;

namespace HebeiCredit.Infrastructure.Uploads;

/// <summary>Limits on uploads, bound from the "Uploads" section.</summary>
public sealed class UploadOptions
{
    public const string Section = UploadDefaults.Section;

    /// <summary>A larger file is rejected unread.</summary>
    [Range(1, long.MaxValue)]
    public long MaxUploadBytes { get; set; } = UploadDefaults.MaxUploadBytes;

    /// <summary>An .xlsx claiming to expand past this is rejected before it is inflated.</summary>
    [Range(1, long.MaxValue)]
    public long MaxExpandedBytes { get; set; } = UploadDefaults.MaxExpandedBytes;

    /// <summary>
    /// The delivery of an upload whose earlier attempts all failed (threw, or ended the process) that parks it in
    /// rejected/poison/ instead of trying again. Matches the Event Grid subscription's maxDeliveryAttempts.
    /// </summary>
    [Range(2, 100)]
    public int MaxAttempts { get; set; } = UploadDefaults.MaxAttempts;

    /// <summary>The worksheet read from an .xlsx; empty for the first.</summary>
    public string? SheetName { get; set; }
}
