namespace HebeiCredit.Auditing.Sites.Pages;

/// <summary>One entry of a list page (or the page itself, for an article page with a 发布时间).</summary>
/// <param name="Date">The publication date, null when the entry shows none (it then counts as not updated).</param>
/// <param name="DateText">The text the date was read from, kept for the evidence.</param>
public sealed record ListItem(string Title, Uri? Url, DateOnly? Date, string? DateText);
