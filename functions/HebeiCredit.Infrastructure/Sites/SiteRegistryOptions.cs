namespace HebeiCredit.Infrastructure.Sites;

/// <summary>Where the site registry is read from: a local file when <see cref="Path"/> is set, else a blob in the config container.</summary>
public sealed class SiteRegistryOptions
{
    public const string Section = "SiteRegistry";

    public string? Path { get; set; }

    public string Blob { get; set; } = "sites.json";
}
