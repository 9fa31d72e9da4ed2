namespace HebeiCredit.Auditing.Sites.Pages;

/// <summary>What a column or home page holds, read without any network access.</summary>
/// <param name="Reason">Why the page is <see cref="PageVerdict.Broken"/> or <see cref="PageVerdict.Blank"/>, in Chinese.</param>
/// <param name="NextPage">The next list page, for the crawler to follow up to its limit.</param>
/// <param name="ContentText">The visible text outside navigation, header and footer.</param>
public sealed record ListPage(
    Uri Url,
    PageVerdict Verdict,
    string? Reason,
    string? Title,
    IReadOnlyList<ListItem> Items,
    Uri? NextPage,
    string ContentText);
