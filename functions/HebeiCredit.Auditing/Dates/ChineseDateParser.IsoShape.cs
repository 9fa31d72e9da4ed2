using System.Runtime.CompilerServices;

namespace HebeiCredit.Auditing.Dates;

/// <summary>The fast path of <see cref="ChineseDateParser"/>: the ISO-like shapes read straight from ASCII bytes.</summary>
public static partial class ChineseDateParser
{
    /// <summary>
    /// The shapes nearly every ledger and platform export uses, read from the cell's bytes without the patterns:
    /// 2021-06-15 (or with / or .) and the same with " 10:23:00", in ASCII with nothing around them. Each is a shape
    /// <see cref="DatePatterns.YearFirst"/> accepts, read to what <see cref="Parse(string?, DateSourceFormat)"/> reads
    /// it to (an impossible day or time is <see cref="DateParseKind.Invalid"/>, 2099-12-31 open-ended, 1900-01-01
    /// empty). False for any other text, which only <see cref="Parse(string?, DateSourceFormat)"/> can read.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParseIsoShape(ReadOnlySpan<byte> text, out DateParseKind kind, out DateOnly date, out TimeOnly? time)
    {
        kind = DateParseKind.Invalid;
        date = default;
        time = null;
        if ((text.Length != 10 && text.Length != 19)
            || text[4] is not ((byte)'-' or (byte)'/' or (byte)'.') || text[7] != text[4]
            || !AreDigits(text[..4]) || !AreDigits(text.Slice(5, 2)) || !AreDigits(text.Slice(8, 2)))
        {
            return false;
        }

        if (text.Length == 10)
        {
            kind = Build(Number(text[..4]), Number(text.Slice(5, 2)), Number(text.Slice(8, 2)), [], ref date, ref time);
            return true;
        }

        if (text[10] != ' ' || text[13] != ':' || text[16] != ':'
            || !AreDigits(text.Slice(11, 2)) || !AreDigits(text.Slice(14, 2)) || !AreDigits(text.Slice(17, 2)))
        {
            return false;
        }

        ReadOnlySpan<int> clock = [Number(text.Slice(11, 2)), Number(text.Slice(14, 2)), Number(text.Slice(17, 2))];
        kind = Build(Number(text[..4]), Number(text.Slice(5, 2)), Number(text.Slice(8, 2)), clock, ref date, ref time);
        return true;
    }

    /// <summary>The same shapes in text, read by <see cref="TryParseIsoShape"/>: one implementation.</summary>
    private static bool TryReadIsoShape(ReadOnlySpan<char> s, ref DateOnly date, ref TimeOnly? time, out DateParseKind kind)
    {
        kind = DateParseKind.Invalid;
        if ((s.Length != 10 && s.Length != 19) || !System.Text.Ascii.IsValid(s))
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[19];
        System.Text.Ascii.FromUtf16(s, bytes, out var written);
        if (!TryParseIsoShape(bytes[..written], out kind, out var parsed, out var clock))
        {
            return false;
        }

        date = parsed;
        time = clock;
        return true;
    }

    // A loop, not the vectorised ContainsAnyExceptInRange: the runs are 2 or 4 bytes, read for every date of a file.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool AreDigits(ReadOnlySpan<byte> s)
    {
        foreach (var b in s)
        {
            if ((uint)(b - '0') > 9)
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Number(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var b in digits)
        {
            value = (value * 10) + (b - '0');
        }

        return value;
    }
}
