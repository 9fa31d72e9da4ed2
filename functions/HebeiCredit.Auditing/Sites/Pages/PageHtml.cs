using HebeiCredit.Auditing.Sites.Html;
using HtmlAgilityPack;

namespace HebeiCredit.Auditing.Sites.Pages;

/// <summary>Loading a page and resolving its links the way a browser would.</summary>
internal static class PageHtml
{
    public static HtmlDocument Load(string html)
    {
        // The page is already text (PageDecoder chose its charset): reading the declared encoding again only costs a
        // code-page lookup under a process-wide lock for every meta tag.
        // No id index and no syntax check: nothing here looks nodes up by id or reads parse errors, and both cost an
        // allocation or two for every node of every page.
        var document = new HtmlDocument { OptionFixNestedTags = true, OptionReadEncoding = false, OptionUseIdAttribute = false, OptionCheckSyntax = false };
        document.LoadHtml(html);
        return document;
    }

    /// <summary>The page URL, or the document's &lt;base href&gt; resolved against it.</summary>
    public static Uri BaseUri(HtmlDocument document, Uri pageUrl)
    {
        var href = HtmlNodes.Elements(document.DocumentNode, "base").FirstOrDefault(b => b.Attributes.Contains("href"))?.GetAttributeValue("href", string.Empty);
        return Resolve(pageUrl, href ?? string.Empty) ?? pageUrl;
    }

    /// <summary>The absolute link, or null for hrefs that lead nowhere: empty, "#…", javascript:, mailto:.</summary>
    public static Uri? Resolve(Uri baseUri, string href)
    {
        href = (href.Contains('&') ? HtmlEntity.DeEntitize(href) : href).Trim();
        if (href.Length == 0 || href.StartsWith('#')
            || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            || href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return Uri.TryCreate(baseUri, href, out var url) && url.Scheme is "http" or "https" ? url : null;
    }
}
