namespace HebeiCredit.Infrastructure.Policies;

/// <summary>
/// Where a deployment's own publication-period versions come from, in the embedded publication-periods.json format:
/// the blob config/{Blob} when it exists, and a file at <see cref="Path"/> when set. Each adds or replaces versions by id.
/// </summary>
public sealed class PublicationPeriodOptions
{
    public const string Section = "PublicationPeriods";

    public string Blob { get; set; } = "publication-periods.json";

    public string? Path { get; set; }
}
