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
        var anchors = document.DocumentNode.Descendants("a").Where(a => a.Attributes.Contains("href"))
            .Select(a => (Text: HtmlText.Compact(HtmlText.Of(a)), Url: PageHtml.Resolve(baseUri, a.GetAttributeValue("href", string.Empty))))
            .Where(a => a.Url is not null && a.Url != pageUrl)
            .ToList();

        var byText = anchors.FirstOrDefault(a => NextTexts.Contains(a.Text)).Url;
        return byText ?? FromTrsScript(document, pageUrl) ?? FromIndexNumber(anchors, pageUrl) ?? FromPageNumber(anchors, pageUrl);
    }

    private static Uri? FromTrsScript(HtmlDocument document, Uri pageUrl)
    {
        foreach (var script in document.DocumentNode.Descendants("script"))
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

    private static Uri? FromIndexNumber(List<(string Text, Uri? Url)> anchors, Uri pageUrl)
    {
        var match = IndexFile().Match(pageUrl.AbsolutePath);
        if (!match.Success)
        {
            return null;
        }

        var current = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
        var wanted = $"{match.Groups[1].Value}_{current + 1}.{match.Groups[3].Value}";
        return anchors.FirstOrDefault(a => a.Url!.AbsolutePath.EndsWith("/" + wanted, StringComparison.OrdinalIgnoreCase)).Url;
    }

    private static Uri? FromPageNumber(List<(string Text, Uri? Url)> anchors, Uri pageUrl)
    {
        var match = PageQuery().Match(pageUrl.Query);
        var current = match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 1;
        var wanted = (current + 1).ToString(CultureInfo.InvariantCulture);
        return anchors.FirstOrDefault(a => a.Text == wanted).Url;
    }

    [GeneratedRegex(@"createPageHTML\(\s*(\d+)\s*,\s*(\d+)\s*,\s*[""']([^""']+)[""']\s*,\s*[""']([^""']+)[""']", RegexOptions.CultureInvariant)]
    private static partial Regex TrsPager();

    [GeneratedRegex(@"/([A-Za-z]+)(?:_(\d+))?\.(s?html?|jsp|aspx?|php)$", RegexOptions.CultureInvariant)]
    private static partial Regex IndexFile();

    [GeneratedRegex(@"[?&](?:page|p|pageNo|pageIndex|currentPage|pageNum)=(\d+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PageQuery();
}
