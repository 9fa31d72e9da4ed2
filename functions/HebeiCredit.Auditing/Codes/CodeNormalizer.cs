using HebeiCredit.Auditing.Text;

namespace HebeiCredit.Auditing.Codes;

/// <summary>
/// Normalises a 统一社会信用代码 as real spreadsheets hold it: spaces anywhere (also U+3000 and NBSP) and
/// zero-width characters removed, full-width letters and digits made half-width, letters upper case.
/// Nothing else is changed: an O for a 0 stays an O and is reported, never silently corrected.
/// </summary>
internal static class CodeNormalizer
{
    private const int StackLimit = 128;

    public static string Normalize(string? input)
    {
        if (input is null)
        {
            return string.Empty;
        }

        if (IsNormal(input))
        {
            // The common case: the same instance back, no allocation.
            return input;
        }

        Span<char> buffer = input.Length <= StackLimit ? stackalloc char[input.Length] : new char[input.Length];
        var length = 0;
        foreach (var c in input)
        {
            if (!IsRemoved(c))
            {
                buffer[length++] = Map(c);
            }
        }

        return new string(buffer[..length]);
    }

    private static bool IsNormal(string input)
    {
        foreach (var c in input)
        {
            if (IsRemoved(c) || Map(c) != c)
            {
                return false;
            }
        }

        return true;
    }

    internal static bool IsRemoved(char c) => CharFolding.IsRemoved(c);

    private static char Map(char c) => CharFolding.ToAsciiUpper(c);
}
