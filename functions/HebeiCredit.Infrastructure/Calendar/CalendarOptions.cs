namespace HebeiCredit.Infrastructure.Calendar;

/// <summary>
/// Where later State Council holiday notices come from, in the embedded data's format: the blob config/{Blob}
/// when it exists, and a file at <see cref="Path"/> when set. Each adds or replaces whole years.
/// </summary>
public sealed class CalendarOptions
{
    public const string Section = "Calendar";

    public string Blob { get; set; } = "holidays.json";

    public string? Path { get; set; }
}
