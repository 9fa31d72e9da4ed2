namespace HebeiCredit.Auditing.Text;

/// <summary>The character folding real data needs before a code or a number can be compared: what to drop, and
/// full-width and lower-case Latin letters and digits to their upper-case ASCII forms.</summary>
internal static class CharFolding
{
    /// <summary>White space (the ideographic space too) and the zero-width characters copied from web pages.</summary>
    public static bool IsRemoved(char c) =>
        char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    public static char ToAsciiUpper(char c) => c switch
    {
        >= 'a' and <= 'z' => (char)(c - 'a' + 'A'),
        >= '\uFF10' and <= '\uFF19' => (char)(c - '\uFF10' + '0'),
        >= '\uFF21' and <= '\uFF3A' => (char)(c - '\uFF21' + 'A'),
        >= '\uFF41' and <= '\uFF5A' => (char)(c - '\uFF41' + 'A'),
        _ => c,
    };
}
