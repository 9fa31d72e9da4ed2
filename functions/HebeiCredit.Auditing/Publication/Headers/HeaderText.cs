using System.Text;

namespace HebeiCredit.Auditing.Publication.Headers;

/// <summary>
/// The form headers are compared in: whitespace, zero-width characters, a BOM and the "*" a template puts on
/// required columns removed; full-width ASCII (（）＿ and the like) half-width; 【】 as (); Latin upper case.
/// </summary>
internal static class HeaderText
{
    public static string Normalize(string? header)
    {
        if (string.IsNullOrEmpty(header))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(header.Length);
        foreach (var c in header)
        {
            if (char.IsWhiteSpace(c) || c is '\uFEFF' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '*' or '＊')
            {
                continue;
            }

            var mapped = c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '【' or '〔' => '(',
                '】' or '〕' => ')',
                _ => c,
            };
            builder.Append(char.ToUpperInvariant(mapped));
        }

        return builder.ToString();
    }

    /// <summary>A header as a user should read it back in a message: trimmed, without the BOM.</summary>
    public static string Display(string? header)
    {
        var shown = (header ?? string.Empty).Replace("\uFEFF", string.Empty, StringComparison.Ordinal).Trim();
        return shown.Length == 0 ? "（空）" : shown;
    }
}
