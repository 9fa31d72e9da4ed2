using HtmlAgilityPack;

namespace HebeiCredit.Auditing.Sites.Html;

/// <summary>
/// Walks a document in document order with one stack. HtmlAgilityPack's Descendants nests an iterator per level and
/// its XPath clones a navigator per step: both were a large share of the crawl's garbage, on every page.
/// </summary>
internal static class HtmlNodes
{
    /// <summary>The elements named <paramref name="name"/> (lower case) under <paramref name="root"/>, in document order.</summary>
    public static IEnumerable<HtmlNode> Elements(HtmlNode root, string name)
    {
        if (!root.HasChildNodes)
        {
            yield break;
        }

        var stack = new Stack<HtmlNode>();
        PushChildren(stack, root);
        while (stack.TryPop(out var node))
        {
            if (node.NodeType != HtmlNodeType.Element)
            {
                continue;
            }

            if (node.Name == name)
            {
                yield return node;
            }

            if (node.HasChildNodes)
            {
                PushChildren(stack, node);
            }
        }
    }

    public static HtmlNode? First(HtmlNode root, string name)
    {
        foreach (var node in Elements(root, name))
        {
            return node;
        }

        return null;
    }

    private static void PushChildren(Stack<HtmlNode> stack, HtmlNode node)
    {
        var children = node.ChildNodes;
        for (var i = children.Count - 1; i >= 0; i--)
        {
            stack.Push(children[i]);
        }
    }
}
