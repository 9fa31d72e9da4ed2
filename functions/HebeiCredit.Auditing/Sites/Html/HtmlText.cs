using System.Text;
using HtmlAgilityPack;

namespace HebeiCredit.Auditing.Sites.Html;

/// <summary>
/// Text as a reader sees it: entities decoded, full-width letters, digits and punctuation folded by NFKC (“＞” is
/// “>”, the ideographic space a space), script and style left out.
/// </summary>
internal static class HtmlText
{
    /// <summary>For matching names: folded and with every space removed (“信 用 修 复” is “信用修复”).</summary>
    public static string Compact(string? text)
    {
        var folded = Fold(text);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>For reading: folded, runs of spaces made one.</summary>
    public static string Collapse(string? text) =>
        string.Join(' ', Fold(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The visible text under <paramref name="node"/>, skipping what <paramref name="skip"/> rejects.</summary>
    public static string Of(HtmlNode node, Func<HtmlNode, bool>? skip = null)
    {
        var builder = new StringBuilder();
        Append(node, skip, builder);
        return Collapse(builder.ToString());
    }

    private static void Append(HtmlNode node, Func<HtmlNode, bool>? skip, StringBuilder builder)
    {
        if (node.NodeType == HtmlNodeType.Comment || node.Name is "script" or "style" or "noscript" || (skip?.Invoke(node) ?? false))
        {
            return;
        }

        if (node.NodeType == HtmlNodeType.Text)
        {
            builder.Append(((HtmlTextNode)node).Text).Append(' ');
            return;
        }

        foreach (var child in node.ChildNodes)
        {
            Append(child, skip, builder);
        }

        // Block ends separate words, so "标题</li><li>2021" does not read as one run.
        if (node.Name is "br" or "p" or "div" or "li" or "td" or "tr" or "span")
        {
            builder.Append(' ');
        }
    }

    private static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // Most page text is already in form KC; the check is far cheaper than a normalisation that changes nothing.
        var plain = text.Contains('&') ? HtmlEntity.DeEntitize(text) : text;
        return plain.IsNormalized(NormalizationForm.FormKC) ? plain : plain.Normalize(NormalizationForm.FormKC);
    }
}
