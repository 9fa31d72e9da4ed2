using HebeiCredit.Auditing.Sites.Pages;

namespace HebeiCredit.Auditing.Sites.Freshness;

/// <summary>The newest trustworthy date among a page's entries.</summary>
public static class FreshnessReader
{
    /// <param name="futureToleranceDays">
    /// Entries dated up to this many days after the crawl date are trusted (a portal in another clock's day);
    /// later ones are flagged.
    /// </param>
    public static FreshnessFacts Of(IEnumerable<ListItem> items, DateOnly crawlDate, int futureToleranceDays = 1)
    {
        var latestTrusted = crawlDate.AddDays(futureToleranceDays);
        ListItem? newest = null;
        var dated = 0;
        var undated = 0;
        var future = new List<ListItem>();
        foreach (var item in items)
        {
            if (item.Date is not { } date)
            {
                undated++;
                continue;
            }

            dated++;
            if (date > latestTrusted)
            {
                future.Add(item);
            }
            else if (newest is null || date > newest.Date)
            {
                newest = item;
            }
        }

        return new FreshnessFacts(newest?.Date, newest, dated, undated, future);
    }
}
