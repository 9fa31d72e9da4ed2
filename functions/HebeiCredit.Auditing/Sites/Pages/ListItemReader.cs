using HebeiCredit.Auditing.Dates;
using HebeiCredit.Auditing.Sites.Html;
using HtmlAgilityPack;

namespace HebeiCredit.Auditing.Sites.Pages;

/// <summary>
/// Finds a list page's entries: a title link and the date shown with it (in the entry, after the title, in a span
/// or a table cell). The title link's own text is left out of the date search, so a date in a headline is not taken
/// for the publication date.
/// </summary>
internal static class ListItemReader
{
    /// <summary>An entry without a date must look like a headline to count; shorter links are menus and pagers.</summary>
    public const int MinHeadlineLength = 8;

    /// <summary>Generic reading: each list entry (li, tr, dl, p, else the link's parent) holding a link outside the page chrome.</summary>
    public static List<ListItem> Read(HtmlDocument document, HtmlRegions regions, Uri baseUri, DateOnly crawlDate)
    {
        var items = new List<ListItem>();
        var seen = new HashSet<HtmlNode>(NodeIdentity.Instance);
        var headlinesIn = new Dictionary<HtmlNode, int>(NodeIdentity.Instance);
        var titles = new Titles();
        foreach (var anchor in HtmlNodes.Elements(document.DocumentNode, "a"))
        {
            if (regions.IsChromeOrInside(anchor))
            {
                continue;
            }

            var entry = EntryOf(anchor);
            if (!headlinesIn.TryGetValue(entry, out var headlines))
            {
                headlinesIn[entry] = headlines = HtmlNodes.Elements(entry, "a").Count(a => titles.Of(a).Length >= MinHeadlineLength);
            }

            if (headlines > 1)
            {
                // Several entries in one block (a div of links, a layout row): each link's date follows it.
                var following = FollowingText(anchor);
                var text = ChineseDateParser.FindIn(following, crawlDate).IsDate || anchor.ParentNode == entry
                    ? following
                    : FollowingText(anchor.ParentNode ?? anchor);
                items.AddRange(ReadEntry(anchor, text, baseUri, crawlDate, titles));
            }
            else if (seen.Add(entry))
            {
                items.AddRange(ReadEntry(entry, baseUri, crawlDate, titles));
            }
        }

        return items;
    }

    /// <summary>The list entry holding a link: its nearest li, tr, dl or p, else its parent.</summary>
    private static HtmlNode EntryOf(HtmlNode anchor)
    {
        for (var node = anchor.ParentNode; node is not null; node = node.ParentNode)
        {
            if (node.Name is "li" or "tr" or "dl" or "p")
            {
                return node;
            }
        }

        return anchor.ParentNode ?? anchor;
    }

    public static List<ListItem> Read(IEnumerable<HtmlNode> entries, Uri baseUri, DateOnly crawlDate)
    {
        var titles = new Titles();
        return entries.SelectMany(e => ReadEntry(e, baseUri, crawlDate, titles)).ToList();
    }

    private static IEnumerable<ListItem> ReadEntry(HtmlNode entry, Uri baseUri, DateOnly crawlDate, Titles titles)
    {
        var titleAnchor = (entry.Name == "a" ? [entry] : HtmlNodes.Elements(entry, "a"))
            .OrderByDescending(a => titles.Of(a).Length)
            .FirstOrDefault();
        var dateText = HtmlText.Of(entry, n => titleAnchor is not null && n.NodeType == HtmlNodeType.Text && n.ParentNode == titleAnchor);
        return titleAnchor is null ? [] : ReadEntry(titleAnchor, dateText, baseUri, crawlDate, titles);
    }

    private static IEnumerable<ListItem> ReadEntry(HtmlNode titleAnchor, string dateText, Uri baseUri, DateOnly crawlDate, Titles titles)
    {
        var title = titles.Of(titleAnchor);
        var date = ChineseDateParser.FindIn(dateText, crawlDate);
        if (!date.IsDate && title.Length < MinHeadlineLength)
        {
            yield break;
        }

        var url = PageHtml.Resolve(baseUri, titleAnchor.GetAttributeValue("href", string.Empty));
        yield return new ListItem(title, url, date.IsDate ? date.Value : null, date.IsDate ? Shorten(dateText) : null);
    }

    /// <summary>
    /// Each link's headline, read once per page: the generic reading asks for it again for every link of the entry.
    /// The headline is the title attribute when the text is cut short (“关于印发…的通...”), else the text.
    /// </summary>
    private sealed class Titles
    {
        private readonly Dictionary<HtmlNode, string> read = new(NodeIdentity.Instance);

        public string Of(HtmlNode anchor)
        {
            if (!read.TryGetValue(anchor, out var title))
            {
                var text = HtmlText.Of(anchor);
                var full = HtmlText.Collapse(anchor.GetAttributeValue("title", string.Empty));
                read[anchor] = title = full.Length > text.Length ? full : text;
            }

            return title;
        }
    }

    private static string FollowingText(HtmlNode anchor)
    {
        var parts = new List<string>();
        for (var node = anchor.NextSibling; node is not null && node.Name != "a" && HtmlNodes.First(node, "a") is null; node = node.NextSibling)
        {
            parts.Add(HtmlText.Of(node));
        }

        return string.Join(' ', parts);
    }

    public static string Shorten(string text) => text.Length <= 40 ? text : text[..40];
}
