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

    public static ListPage Read(string html, Uri pageUrl, DateOnly crawlDate, string? listItemXPath = null, string? navigationXPath = null) =>
        Read(PageHtml.Load(html), pageUrl, crawlDate, listItemXPath, navigationXPath);

    internal static ListPage Read(HtmlDocument document, Uri pageUrl, DateOnly crawlDate, string? listItemXPath, string? navigationXPath)
    {
        var regions = new HtmlRegions(document, navigationXPath);
        var baseUri = PageHtml.BaseUri(document, pageUrl);
        var body = HtmlNodes.First(document.DocumentNode, "body") ?? document.DocumentNode;
        var title = HtmlNodes.First(document.DocumentNode, "title") is { } titleNode ? HtmlText.Of(titleNode) : string.Empty;
        var content = HtmlText.Of(body, regions.IsChrome);

        var items = listItemXPath is not null
            ? ListItemReader.Read(document.DocumentNode.SelectNodes(listItemXPath) ?? Enumerable.Empty<HtmlNode>(), baseUri, crawlDate)
            : ListItemReader.Read(document, regions, baseUri, crawlDate);
        if (items.Count == 0 && PageDate(content, crawlDate) is { } pageDate)
        {
            items = [new ListItem(title, pageUrl, pageDate.Date, pageDate.Text)];
        }

        var (verdict, reason) = PageJudge.Judge(title, content, items.Count);
        var next = verdict == PageVerdict.Ok ? PaginationFinder.Next(document, pageUrl, baseUri) : null;
        return new ListPage(pageUrl, verdict, reason, title.Length > 0 ? title : null, items, next, content);
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
        return date.IsDate ? (date.Value, ListItemReader.Shorten(text)) : null;
    }

    [GeneratedRegex(@"(?:发布|更新|发表|录入|成文)(?:时间|日期)\s*[:：]", RegexOptions.CultureInvariant)]
    private static partial Regex DateLabel();
}
