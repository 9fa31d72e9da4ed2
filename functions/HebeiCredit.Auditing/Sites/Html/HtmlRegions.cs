using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace HebeiCredit.Auditing.Sites.Html;

/// <summary>
/// Where a node sits: in the site's navigation (menus, header) or in other page chrome (footer), as opposed to the
/// content. A site's NavigationXPath, when set, replaces the generic guess for navigation.
/// </summary>
internal sealed partial class HtmlRegions
{
    private readonly HashSet<HtmlNode>? _navigation;

    public HtmlRegions(HtmlDocument document, string? navigationXPath)
    {
        if (navigationXPath is not null)
        {
            _navigation = [.. document.DocumentNode.SelectNodes(navigationXPath) ?? Enumerable.Empty<HtmlNode>()];
        }
    }

    public bool InNavigation(HtmlNode node) => AncestorsAndSelf(node).Any(IsNavigation);

    /// <summary>Navigation, header or footer: text there repeats on every page and says nothing about the column.</summary>
    public bool IsChrome(HtmlNode node) => IsNavigation(node) || IsFooter(node);

    public bool IsChromeOrInside(HtmlNode node) => AncestorsAndSelf(node).Any(IsChrome);

    private bool IsNavigation(HtmlNode node) =>
        _navigation is not null
            ? _navigation.Contains(node)
            : node.Name is "nav" or "menu" or "header" || NavigationName().IsMatch(Names(node));

    private static bool IsFooter(HtmlNode node) => node.Name == "footer" || FooterName().IsMatch(Names(node));

    private static string Names(HtmlNode node) =>
        node.NodeType == HtmlNodeType.Element
            ? $"{node.GetAttributeValue("class", string.Empty)} {node.GetAttributeValue("id", string.Empty)}".ToLowerInvariant()
            : string.Empty;

    private static IEnumerable<HtmlNode> AncestorsAndSelf(HtmlNode node)
    {
        for (var current = node; current is not null; current = current.ParentNode)
        {
            yield return current;
        }
    }

    // Not "top": portals call the upper half of the home page "index-top", headline news and all.
    [GeneratedRegex(@"nav|menu|daohang|(?<![a-z])(header|head|dh)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex NavigationName();

    [GeneratedRegex(@"footer|(?<![a-z])(foot|bottom|copyright|banquan)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex FooterName();
}
