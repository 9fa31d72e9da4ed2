namespace HebeiCredit.Auditing.Sites.Columns;

/// <summary>The link that names a column on the home page.</summary>
/// <param name="Url">The href resolved against the page; null when the href is empty, "#" or javascript:.</param>
/// <param name="Href">The href as written, for the evidence.</param>
/// <param name="InNavigation">Found in a navigation region rather than elsewhere on the page.</param>
public sealed record ColumnLink(Uri? Url, string Href, string Text, string MatchedSynonym, bool InNavigation);
