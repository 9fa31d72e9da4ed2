namespace HebeiCredit.Infrastructure.Overview;

/// <summary>One notice file of a period as the overview links it.</summary>
/// <param name="Path">The path inside the period's folder, e.g. "督导通报.docx" or "1304/整改清单.xlsx".</param>
/// <param name="Unit">The unit the file is for (a unit code in its path), or null for a province-wide file.</param>
public sealed record OverviewFile(string Period, string Path, string? Unit, long Size, DateTimeOffset LastModified)
{
    public string FileName => Path[(Path.LastIndexOf('/') + 1)..];

    /// <summary>Where the file lies in the $web container, and so its link relative to index.html.</summary>
    public string WebPath => $"{OverviewService.WebFolder}/{Period}/{Path}";
}
