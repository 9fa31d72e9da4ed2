using HtmlAgilityPack;

namespace HebeiCredit.Auditing.Sites.Html;

/// <summary>
/// Nodes of one document compared by reference and hashed by their position in the source. HtmlNode does not override
/// GetHashCode, and the identity hash code the runtime gives each new object (one per node of every page) was the
/// crawl's largest single cost.
/// </summary>
internal sealed class NodeIdentity : IEqualityComparer<HtmlNode>
{
    public static readonly NodeIdentity Instance = new();

    public bool Equals(HtmlNode? x, HtmlNode? y) => ReferenceEquals(x, y);

    public int GetHashCode(HtmlNode node) => node.StreamPosition;
}
