using System.Buffers;
using System.Runtime.CompilerServices;
using HebeiCredit.Auditing.Text;

namespace HebeiCredit.Auditing.Publication;

/// <summary>
/// The rules behind <see cref="DocumentNumber.Normalize"/>. Deliberately narrower than NFKC: only characters seen
/// standing in for one another in 文书号 are folded, so no meaningful character (字, a letter, a digit) is ever
/// dropped and different numbers keep different keys.
/// </summary>
internal static class DocumentNumberNormalizer
{
    public const char Open = '〔';
    public const char Close = '〕';
    public const char Serial = '号';
    private const char Ordinal = '第';
    private const int StackLimit = 256;

    public static string Normalize(string original)
    {
        // +1: a serial number written without 号 gets one.
        var capacity = original.Length + 1;
        Span<char> output = capacity <= StackLimit ? stackalloc char[capacity] : new char[capacity];
        var key = output[..Normalize(original, output)];
        return key.SequenceEqual(original) ? original : new string(key);
    }

    /// <summary>Writes the key of <paramref name="original"/> to <paramref name="destination"/> (at least one char
    /// longer than the original) and returns its length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Normalize(ReadOnlySpan<char> original, Span<char> destination)
    {
        if (destination.Length <= original.Length)
        {
            throw new ArgumentException("The destination must be longer than the original by one.", nameof(destination));
        }

        // Folded straight into the destination; the rewrite of serial numbers changes nothing unless there is a 第, a
        // digit run starting with 0 or digits at the very end, which most numbers have not.
        var length = 0;
        var rewrite = false;
        var previousDigit = false;
        foreach (var c in original)
        {
            char mapped;
            // Most of a 文书号 is CJK ideographs, which are kept as they are (all but 號) and cost IsWhiteSpace a table lookup.
            if (c is >= '\u4E00' and <= '\u9FFF' && c != '號')
            {
                mapped = c;
            }
            else if (IsRemoved(c))
            {
                continue;
            }
            else
            {
                mapped = Map(c);
            }

            destination[length++] = mapped;
            var digit = char.IsAsciiDigit(mapped);
            rewrite |= mapped == Ordinal || (digit && !previousDigit && mapped == '0');
            previousDigit = digit;
        }

        if (!rewrite && !previousDigit)
        {
            return length;
        }

        var rented = length < StackLimit ? null : ArrayPool<char>.Shared.Rent(length);
        Span<char> folded = rented ?? stackalloc char[length];
        destination[..length].CopyTo(folded);
        var written = Rewrite(folded[..length], destination);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return written;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Rewrite(ReadOnlySpan<char> text, Span<char> output)
    {
        var written = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == Ordinal && IsSerialAt(text, i + 1, precededBy: Ordinal))
            {
                i++;
                continue;
            }

            if (!char.IsAsciiDigit(c))
            {
                output[written++] = c;
                i++;
                continue;
            }

            var end = RunEnd(text, i);
            if (IsSerialAt(text, i, precededBy: i > 0 ? text[i - 1] : '\0'))
            {
                var start = i;
                while (start < end - 1 && text[start] == '0')
                {
                    start++;
                }

                text[start..end].CopyTo(output[written..]);
                written += end - start;
                if (end == text.Length)
                {
                    output[written++] = Serial;
                }
            }
            else
            {
                text[i..end].CopyTo(output[written..]);
                written += end - i;
            }

            i = end;
        }

        return written;
    }

    // A serial number: digits followed by 号, or digits ending the text right after the year's bracket or after 第
    // (a source that left out the 号).
    private static bool IsSerialAt(ReadOnlySpan<char> text, int start, char precededBy)
    {
        if (start >= text.Length || !char.IsAsciiDigit(text[start]))
        {
            return false;
        }

        var end = RunEnd(text, start);
        return end < text.Length
            ? text[end] == Serial
            : precededBy is Close or Ordinal;
    }

    private static int RunEnd(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end;
    }

    private static bool IsRemoved(char c) => CharFolding.IsRemoved(c);

    private static char Map(char c) => c switch
    {
        // 〔〕 is the form GB/T 9704 prescribes for the year; sources type whatever bracket is at hand.
        '[' or '［' or '【' or '(' or '（' or '{' or '｛' or '〖' or '﹝' or '〘' or '﹙' => Open,
        ']' or '］' or '】' or ')' or '）' or '}' or '｝' or '〗' or '﹞' or '〙' or '﹚' => Close,

        '－' or '—' or '–' or '‐' or '‑' or '‒' or '―' or '﹣' or '−' => '-',
        '號' => Serial,
        _ => CharFolding.ToAsciiUpper(c),
    };
}
