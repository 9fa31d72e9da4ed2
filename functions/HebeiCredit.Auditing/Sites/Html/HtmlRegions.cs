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

    // Each node is judged once: the readers ask about every node, and again about every ancestor of every link.
    private readonly Dictionary<HtmlNode, bool> _chrome = new(NodeIdentity.Instance);
    private readonly Dictionary<HtmlNode, bool> _chromeOrInside = new(NodeIdentity.Instance);
    private readonly Dictionary<HtmlNode, bool> _inNavigation = new(NodeIdentity.Instance);
    private readonly List<HtmlNode> _path = [];

    public HtmlRegions(HtmlDocument document, string? navigationXPath)
    {
        if (navigationXPath is not null)
        {
            _navigation = new HashSet<HtmlNode>(document.DocumentNode.SelectNodes(navigationXPath) ?? Enumerable.Empty<HtmlNode>(), NodeIdentity.Instance);
        }
    }

    public bool InNavigation(HtmlNode node) => SelfOrAncestor(node, _inNavigation, IsNavigation);

    /// <summary>Navigation, header or footer: text there repeats on every page and says nothing about the column.</summary>
    public bool IsChrome(HtmlNode node)
    {
        if (!_chrome.TryGetValue(node, out var chrome))
        {
            _chrome[node] = chrome = IsNavigation(node) || IsFooter(node);
        }

        return chrome;
    }

    public bool IsChromeOrInside(HtmlNode node) => SelfOrAncestor(node, _chromeOrInside, IsChrome);

    /// <summary>Whether <paramref name="test"/> holds for the node or an ancestor, remembered for every node on the way up.</summary>
    private bool SelfOrAncestor(HtmlNode node, Dictionary<HtmlNode, bool> known, Func<HtmlNode, bool> test)
    {
        var path = _path;
        path.Clear();
        var result = false;
        for (var current = node; current is not null; current = current.ParentNode)
        {
            if (known.TryGetValue(current, out result))
            {
                break;
            }

            if (test(current))
            {
                result = true;
                path.Add(current);
                break;
            }

            path.Add(current);
        }

        foreach (var visited in path)
        {
            known[visited] = result;
        }

        return result;
    }

    private bool IsNavigation(HtmlNode node) =>
        _navigation is not null
            ? _navigation.Contains(node)
            : node.Name is "nav" or "menu" or "header" || NavigationName().IsMatch(Names(node));

    private static bool IsFooter(HtmlNode node) => node.Name == "footer" || FooterName().IsMatch(Names(node));

    private static string Names(HtmlNode node) =>
        node.NodeType == HtmlNodeType.Element && node.HasAttributes
            ? $"{node.GetAttributeValue("class", string.Empty)} {node.GetAttributeValue("id", string.Empty)}".ToLowerInvariant()
            : string.Empty;

    // Not "top": portals call the upper half of the home page "index-top", headline news and all.
    [GeneratedRegex(@"nav|menu|daohang|(?<![a-z])(header|head|dh)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex NavigationName();

    [GeneratedRegex(@"footer|(?<![a-z])(foot|bottom|copyright|banquan)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex FooterName();
}
