using HebeiCredit.Auditing.Sites.Html;
using HebeiCredit.Auditing.Sites.Pages;
using HtmlAgilityPack;

namespace HebeiCredit.Auditing.Sites.Columns;

/// <summary>
/// Finds the catalog's key columns among a home page's links. A link names a column when its text (or its title
/// attribute, or an image's alt) equals a synonym, or, inside a navigation region, contains one. Only short link
/// texts count: a headline such as “我市发布信用修复案例” is news, not the 信用修复 column.
/// </summary>
public static class ColumnDetector
{
    /// <summary>Longer link texts are headlines, not column names.</summary>
    internal const int MaxNameLength = 10;

    public static IReadOnlyList<ColumnDetection> Detect(string html, Uri pageUrl, ColumnCatalog catalog) =>
        Detect(PageHtml.Load(html), pageUrl, catalog);

    public static IReadOnlyList<ColumnDetection> Detect(HtmlDocument document, Uri pageUrl, ColumnCatalog catalog)
    {
        var regions = new HtmlRegions(document, catalog.NavigationXPath);
        var baseUri = PageHtml.BaseUri(document, pageUrl);
        var links = HtmlNodes.Elements(document.DocumentNode, "a")
            .Select((anchor, order) => Candidate.Of(anchor, order, baseUri, regions))
            .Where(c => c.Names.Count > 0)
            .ToList();

        return catalog.Columns.Select(column => new ColumnDetection(column, Best(column, links))).ToList();
    }

    private static ColumnLink? Best(KeyColumn column, List<Candidate> links)
    {
        var synonyms = column.Synonyms.Select(HtmlText.Compact).Where(s => s.Length > 0).ToList();
        ColumnLink? best = null;
        var bestRank = int.MaxValue;
        foreach (var link in links)
        {
            foreach (var name in link.Names)
            {
                foreach (var synonym in synonyms)
                {
                    var exact = name == synonym;
                    if (!exact && !(link.InNavigation && name.Contains(synonym, StringComparison.Ordinal)))
                    {
                        continue;
                    }

                    // A real href beats "#", navigation beats the body, an exact name beats a containing one.
                    var rank = (link.Url is null ? 4 : 0) + (link.InNavigation ? 0 : 2) + (exact ? 0 : 1);
                    if (rank < bestRank)
                    {
                        bestRank = rank;
                        best = new ColumnLink(link.Url, link.Href, link.Names[0], synonym, link.InNavigation);
                    }
                }
            }
        }

        return best;
    }

    private sealed record Candidate(IReadOnlyList<string> Names, Uri? Url, string Href, bool InNavigation)
    {
        public static Candidate Of(HtmlNode anchor, int order, Uri baseUri, HtmlRegions regions)
        {
            var names = new[]
                {
                    HtmlText.Compact(HtmlText.Of(anchor)),
                    HtmlText.Compact(anchor.GetAttributeValue("title", string.Empty)),
                    HtmlText.Compact(HtmlNodes.First(anchor, "img")?.GetAttributeValue("alt", string.Empty)),
                }
                .Where(n => n.Length is > 0 and <= MaxNameLength)
                .Distinct()
                .ToList();
            var href = anchor.GetAttributeValue("href", string.Empty).Trim();
            return new Candidate(names, PageHtml.Resolve(baseUri, href), href, regions.InNavigation(anchor));
        }
    }
}
