using System.Globalization;
using System.Text.RegularExpressions;
using HebeiCredit.Auditing.Sites.Html;
using HtmlAgilityPack;

namespace HebeiCredit.Auditing.Sites.Pages;

/// <summary>
/// The next page of a paginated list, in the forms portals use: a 下一页 / 下页 / &gt; link, the TRS WCM script
/// createPageHTML(count, current, "index", "html") that writes index_1.html, index_2.html…, a link to
/// index_{n+1}.html from index.html or index_n.html, or a link “2” from a page=1 URL.
/// </summary>
internal static partial class PaginationFinder
{
    private static readonly string[] NextTexts = ["下一页", "下页", "后页", "下一頁", ">", "›", "〉"];

    public static Uri? Next(HtmlDocument document, Uri pageUrl, Uri baseUri)
    {
        // Links are resolved only when their text or href makes them a candidate: resolving every link of every list
        // page was most of the pager's cost.
        var anchors = HtmlNodes.Elements(document.DocumentNode, "a").Where(a => a.Attributes.Contains("href"))
            .Select(a => new Anchor(HtmlText.Compact(HtmlText.Of(a)), a.GetAttributeValue("href", string.Empty)))
            .ToList();
        Uri? UrlOf(Anchor anchor) => PageHtml.Resolve(baseUri, anchor.Href) is { } url && url != pageUrl ? url : null;

        var byText = anchors.Where(a => NextTexts.Contains(a.Text)).Select(UrlOf).FirstOrDefault(u => u is not null);
        return byText ?? FromTrsScript(document, pageUrl) ?? FromIndexNumber(anchors, UrlOf, pageUrl) ?? FromPageNumber(anchors, UrlOf, pageUrl);
    }

    private static Uri? FromTrsScript(HtmlDocument document, Uri pageUrl)
    {
        foreach (var script in HtmlNodes.Elements(document.DocumentNode, "script"))
        {
            var match = TrsPager().Match(script.InnerText);
            if (match.Success)
            {
                var count = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                var current = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
                return current + 1 < count
                    ? PageHtml.Resolve(pageUrl, $"{match.Groups[3].Value}_{current + 1}.{match.Groups[4].Value}")
                    : null;
            }
        }

        return null;
    }

    private static Uri? FromIndexNumber(List<Anchor> anchors, Func<Anchor, Uri?> urlOf, Uri pageUrl)
    {
        var match = IndexFile().Match(pageUrl.AbsolutePath);
        if (!match.Success)
        {
            return null;
        }

        var current = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
        var wanted = $"{match.Groups[1].Value}_{current + 1}.{match.Groups[3].Value}";
        return anchors.Where(a => a.Href.Contains(wanted, StringComparison.OrdinalIgnoreCase)).Select(urlOf)
            .FirstOrDefault(u => u is not null && u.AbsolutePath.EndsWith("/" + wanted, StringComparison.OrdinalIgnoreCase));
    }

    private static Uri? FromPageNumber(List<Anchor> anchors, Func<Anchor, Uri?> urlOf, Uri pageUrl)
    {
        var match = PageQuery().Match(pageUrl.Query);
        var current = match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 1;
        var wanted = (current + 1).ToString(CultureInfo.InvariantCulture);
        return anchors.Where(a => a.Text == wanted).Select(urlOf).FirstOrDefault(u => u is not null);
    }

    private sealed record Anchor(string Text, string Href);

    [GeneratedRegex(@"createPageHTML\(\s*(\d+)\s*,\s*(\d+)\s*,\s*[""']([^""']+)[""']\s*,\s*[""']([^""']+)[""']", RegexOptions.CultureInvariant)]
    private static partial Regex TrsPager();

    [GeneratedRegex(@"/([A-Za-z]+)(?:_(\d+))?\.(s?html?|jsp|aspx?|php)$", RegexOptions.CultureInvariant)]
    private static partial Regex IndexFile();

    [GeneratedRegex(@"[?&](?:page|p|pageNo|pageIndex|currentPage|pageNum)=(\d+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PageQuery();
}
