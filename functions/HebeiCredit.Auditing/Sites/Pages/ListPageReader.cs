using System.Text.RegularExpressions;
using HebeiCredit.Auditing.Dates;
using HebeiCredit.Auditing.Sites.Html;
using HtmlAgilityPack;

namespace HebeiCredit.Auditing.Sites.Pages;

/// <summary>
/// Reads a column or home page: its entries with their dates, its next page, and whether it is broken (error status
/// or soft 404) or blank. Dates are read with <see cref="ChineseDateParser.FindIn"/> against the crawl date, so
/// "[06-15]" takes the latest year that is not after the crawl.
/// </summary>
public static partial class ListPageReader
{
    /// <summary>An entry without a date must look like a headline to count; shorter links are menus and pagers.</summary>
    internal const int MinHeadlineLength = 8;

    public static ListPage Read(PageSnapshot snapshot, DateOnly crawlDate, string? listItemXPath = null, string? navigationXPath = null)
    {
        var fetch = snapshot.Fetch;
        if (!fetch.Succeeded || fetch.StatusCode >= 400)
        {
            var reason = fetch.StatusCode is { } status and >= 400
                ? $"返回状态码{status}"
                : fetch.ErrorKind.ToChinese();
            return new ListPage(snapshot.Url, PageVerdict.Broken, reason, null, [], null, string.Empty);
        }

        return Read(snapshot.Html ?? string.Empty, fetch.FinalUrl ?? snapshot.Url, crawlDate, listItemXPath, navigationXPath);
    }

    public static ListPage Read(string html, Uri pageUrl, DateOnly crawlDate, string? listItemXPath = null, string? navigationXPath = null)
    {
        var document = PageHtml.Load(html);
        var regions = new HtmlRegions(document, navigationXPath);
        var baseUri = PageHtml.BaseUri(document, pageUrl);
        var body = document.DocumentNode.SelectSingleNode("//body") ?? document.DocumentNode;
        var title = HtmlText.Of(document.DocumentNode.SelectSingleNode("//title") ?? HtmlNode.CreateNode("<title></title>"));
        var content = HtmlText.Of(body, regions.IsChrome);

        var items = listItemXPath is not null
            ? ReadItems(document.DocumentNode.SelectNodes(listItemXPath) ?? Enumerable.Empty<HtmlNode>(), baseUri, crawlDate)
            : ReadItems(document, regions, baseUri, crawlDate);
        if (items.Count == 0 && PageDate(content, crawlDate) is { } pageDate)
        {
            items = [new ListItem(title, pageUrl, pageDate.Date, pageDate.Text)];
        }

        var (verdict, reason) = Judge(title, content, items.Count);
        var next = verdict == PageVerdict.Ok ? PaginationFinder.Next(document, pageUrl, baseUri) : null;
        return new ListPage(pageUrl, verdict, reason, title.Length > 0 ? title : null, items, next, content);
    }

    private static (PageVerdict, string?) Judge(string title, string content, int itemCount)
    {
        var compactTitle = HtmlText.Compact(title);
        var compactContent = HtmlText.Compact(content);
        var notFound = PageMarkers.FirstIn(compactTitle, [.. PageMarkers.NotFound, "404"])
            ?? (itemCount == 0 ? PageMarkers.FirstIn(compactContent, PageMarkers.NotFound) : null)
            ?? (itemCount == 0 && compactContent.Length < PageMarkers.ShortErrorPageLength && compactContent.Contains("404", StringComparison.Ordinal) ? "404" : null);
        if (notFound is not null)
        {
            return (PageVerdict.Broken, $"返回正常状态但页面显示“{notFound}”（软404）");
        }

        if (itemCount > 0)
        {
            return (PageVerdict.Ok, null);
        }

        if (PageMarkers.FirstIn(compactContent, PageMarkers.Empty) is { } empty)
        {
            return (PageVerdict.Blank, $"没有任何信息条目，显示“{empty}”");
        }

        return compactContent.Length < PageMarkers.MinContentLength
            ? (PageVerdict.Blank, "没有任何信息条目和正文内容")
            : (PageVerdict.Ok, null);
    }

    /// <summary>Generic reading: each list entry (li, tr, dl, p, else the link's parent) holding a link outside the page chrome.</summary>
    private static List<ListItem> ReadItems(HtmlDocument document, HtmlRegions regions, Uri baseUri, DateOnly crawlDate)
    {
        var items = new List<ListItem>();
        var seen = new HashSet<HtmlNode>();
        foreach (var anchor in document.DocumentNode.SelectNodes("//a") ?? Enumerable.Empty<HtmlNode>())
        {
            if (regions.IsChromeOrInside(anchor))
            {
                continue;
            }

            var entry = anchor.Ancestors().FirstOrDefault(n => n.Name is "li" or "tr" or "dl" or "p") ?? anchor.ParentNode;
            var headlines = entry.SelectNodes(".//a")?.Count(a => TitleOf(a).Length >= MinHeadlineLength) ?? 0;
            if (headlines > 1)
            {
                // Several entries in one block (a div of links, a layout row): each link's date follows it.
                var following = FollowingText(anchor);
                var text = ChineseDateParser.FindIn(following, crawlDate).IsDate || anchor.ParentNode == entry
                    ? following
                    : FollowingText(anchor.ParentNode);
                items.AddRange(ReadEntry(anchor, text, baseUri, crawlDate));
            }
            else if (seen.Add(entry))
            {
                items.AddRange(ReadEntry(entry, baseUri, crawlDate));
            }
        }

        return items;
    }

    private static List<ListItem> ReadItems(IEnumerable<HtmlNode> entries, Uri baseUri, DateOnly crawlDate) =>
        entries.SelectMany(e => ReadEntry(e, baseUri, crawlDate)).ToList();

    private static IEnumerable<ListItem> ReadEntry(HtmlNode entry, Uri baseUri, DateOnly crawlDate)
    {
        var titleAnchor = (entry.Name == "a" ? [entry] : entry.SelectNodes(".//a")?.ToList() ?? [])
            .OrderByDescending(a => TitleOf(a).Length)
            .FirstOrDefault();
        var dateText = HtmlText.Of(entry, n => titleAnchor is not null && n.NodeType == HtmlNodeType.Text && n.ParentNode == titleAnchor);
        return titleAnchor is null ? [] : ReadEntry(titleAnchor, dateText, baseUri, crawlDate);
    }

    private static IEnumerable<ListItem> ReadEntry(HtmlNode titleAnchor, string dateText, Uri baseUri, DateOnly crawlDate)
    {
        var title = TitleOf(titleAnchor);
        var date = ChineseDateParser.FindIn(dateText, crawlDate);
        if (!date.IsDate && title.Length < MinHeadlineLength)
        {
            yield break;
        }

        var url = PageHtml.Resolve(baseUri, titleAnchor.GetAttributeValue("href", string.Empty));
        yield return new ListItem(title, url, date.IsDate ? date.Value : null, date.IsDate ? Shorten(dateText) : null);
    }

    /// <summary>The headline: the title attribute when the text is cut short (“关于印发…的通...”), else the text.</summary>
    private static string TitleOf(HtmlNode anchor)
    {
        var text = HtmlText.Of(anchor);
        var full = HtmlText.Collapse(anchor.GetAttributeValue("title", string.Empty));
        return full.Length > text.Length ? full : text;
    }

    private static string FollowingText(HtmlNode anchor)
    {
        var parts = new List<string>();
        for (var node = anchor.NextSibling; node is not null && node.Name != "a" && node.SelectSingleNode(".//a") is null; node = node.NextSibling)
        {
            parts.Add(HtmlText.Of(node));
        }

        return string.Join(' ', parts);
    }

    /// <summary>An article page's own date, only when labelled (发布时间：…): other dates in its text are not its date.</summary>
    private static (DateOnly Date, string Text)? PageDate(string content, DateOnly crawlDate)
    {
        var label = DateLabel().Match(content);
        if (!label.Success)
        {
            return null;
        }

        var text = content.Substring(label.Index, Math.Min(40, content.Length - label.Index));
        var date = ChineseDateParser.FindIn(text, crawlDate);
        return date.IsDate ? (date.Value, Shorten(text)) : null;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40];

    [GeneratedRegex(@"(?:发布|更新|发表|录入|成文)(?:时间|日期)\s*[:：]", RegexOptions.CultureInvariant)]
    private static partial Regex DateLabel();
}
