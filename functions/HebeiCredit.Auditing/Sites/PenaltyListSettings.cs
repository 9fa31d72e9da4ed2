namespace HebeiCredit.Auditing.Sites;

/// <summary>
/// Registry field "penaltyList": where a portal publishes its 行政处罚 list and how to read it.
/// </summary>
/// <param name="Url">
/// The list's first page (html) or the JSON endpoint (json), absolute or relative to the portal. A JSON endpoint that
/// pages writes <see cref="PagePlaceholder"/> where the 1-based page number goes.
/// </param>
/// <param name="ItemsPath">json: the dotted path to the array of records (e.g. "data.list"); null when the body is the array.</param>
/// <param name="TotalPath">json: the dotted path to the total number of records, when the endpoint gives it.</param>
/// <param name="Fields">json: 790号 field name (or an alias a file would use) → the record's property (dotted path); null when the properties are themselves the field names.</param>
public sealed record PenaltyListSettings(
    string Url,
    PenaltyListFormat Format,
    string? ItemsPath = null,
    string? TotalPath = null,
    IReadOnlyDictionary<string, string>? Fields = null)
{
    public const string PagePlaceholder = "{page}";

    public bool IsPaged => Url.Contains(PagePlaceholder, StringComparison.Ordinal);

    /// <summary>By value, the field mapping included: an entry read back from a queue message equals the registry's.</summary>
    public bool Equals(PenaltyListSettings? other) =>
        other is not null
        && Url == other.Url
        && Format == other.Format
        && ItemsPath == other.ItemsPath
        && TotalPath == other.TotalPath
        && (Fields ?? Empty).Count == (other.Fields ?? Empty).Count
        && (Fields ?? Empty).All(f => other.Fields!.TryGetValue(f.Key, out var value) && value == f.Value);

    public override int GetHashCode() => HashCode.Combine(Url, Format, ItemsPath, TotalPath, Fields?.Count ?? 0);

    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();

    /// <summary>The URL of a JSON page (1-based), or of the HTML list's first page, resolved against the portal.</summary>
    public Uri Resolve(Uri portal, int page = 1) =>
        new(portal, Url.Replace(PagePlaceholder, page.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
}
