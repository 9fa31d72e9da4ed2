namespace HebeiCredit.Auditing.Sites.Columns;

/// <summary>
/// One site's additions to the column catalog, as the registry will hold them: extra link texts per column id,
/// XPath overrides for portals the generic reader misreads, and the required set when it differs from the default.
/// </summary>
/// <param name="NavigationXPath">Selects the site's navigation regions (e.g. //div[@class='menu']).</param>
/// <param name="ListItemXPath">Selects the list items of a column page (e.g. //ul[@class='list']/li).</param>
/// <param name="Required">Column ids this site must have; null keeps the catalog's required flags.</param>
public sealed record SiteColumnSettings(
    IReadOnlyDictionary<string, IReadOnlyList<string>>? ExtraSynonyms = null,
    string? NavigationXPath = null,
    string? ListItemXPath = null,
    IReadOnlyList<string>? Required = null);
