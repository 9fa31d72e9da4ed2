using HebeiCredit.Auditing.Sites.Pages;

namespace HebeiCredit.Auditing.Sites.Freshness;

/// <summary>What a page's (or a column's) dated entries say about its last update.</summary>
/// <param name="Newest">The newest trusted date; null when no entry has one (the page then counts as not updated).</param>
/// <param name="UndatedItems">Entries without a date: they cannot make a page fresh.</param>
/// <param name="FutureDatedItems">Entries dated after the crawl date beyond the tolerance: flagged and not trusted.</param>
public sealed record FreshnessFacts(
    DateOnly? Newest,
    ListItem? NewestItem,
    int DatedItems,
    int UndatedItems,
    IReadOnlyList<ListItem> FutureDatedItems);
