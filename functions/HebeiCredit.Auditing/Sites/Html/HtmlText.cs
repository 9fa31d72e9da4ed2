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
        if (!HasWhiteSpace(folded))
        {
            return folded;
        }

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

    private static bool HasWhiteSpace(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>For reading: folded, runs of spaces made one.</summary>
    public static string Collapse(string? text)
    {
        // One pass instead of Split and Join: every text fragment of every page comes here, and the arrays that
        // Split grows were the crawl's largest source of garbage.
        var folded = Fold(text);
        var builder = new StringBuilder(folded.Length);
        var space = false;
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.Equals(folded.AsSpan()) ? folded : builder.ToString();
    }

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

        // By index: HtmlNodeCollection's enumerator is boxed, one allocation for every node with children.
        var children = node.ChildNodes;
        for (var i = 0; i < children.Count; i++)
        {
            Append(children[i], skip, builder);
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

        var plain = text.Contains('&') ? HtmlEntity.DeEntitize(text) : text;
        return FoldCommon(plain) ?? (plain.IsNormalized(NormalizationForm.FormKC) ? plain : plain.Normalize(NormalizationForm.FormKC));
    }

    /// <summary>
    /// NFKC without ICU for the characters portal text is made of, or null when <paramref name="text"/> holds any
    /// other. ASCII, CJK ideographs and common CJK punctuation are already in form KC and compose with nothing; the
    /// full-width forms of ASCII fold to ASCII and the ideographic space to a space. ICU's check alone cost a fifth
    /// of the crawl's CPU, because every text fragment of every page passes here.
    /// </summary>
    internal static string? FoldCommon(string text)
    {
        var wide = false;
        foreach (var c in text)
        {
            if (IsFormKC(c))
            {
                continue;
            }

            if (!IsWide(c))
            {
                return null;
            }

            wide = true;
        }

        return wide ? string.Create(text.Length, text, static (folded, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                folded[i] = !IsWide(c) ? c : c == IdeographicSpace ? ' ' : (char)(c - WideOffset);
            }
        }) : text;
    }

    private const char IdeographicSpace = '\u3000';
    private const int WideOffset = 0xFF01 - '!';

    internal static bool IsFormKC(char c) =>
        c < 0x80
        || c is >= '\u4E00' and <= '\u9FFF' // CJK unified ideographs
        || c is >= '\u3001' and <= '\u3035' // 、。〃〈〉《》「」【】〔〕〖〗〜…
        || c is '\u00B7' or '\u2014' or '\u2018' or '\u2019' or '\u201C' or '\u201D'; // · — ‘ ’ “ ”

    internal static bool IsWide(char c) => c is >= '\uFF01' and <= '\uFF5E' || c == IdeographicSpace;
}
