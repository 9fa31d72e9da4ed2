using System.Text;
using System.Text.Unicode;

namespace HebeiCredit.Infrastructure.Uploads.Reading;

/// <summary>
/// Decodes UTF-8 or GB18030 text a block of whole lines at a time and checks every line, so that a file whose
/// encoding changes after the part <see cref="TextEncodingSniffer"/> inspected is caught at the line where it
/// changes rather than read as mojibake: in UTF-8 any invalid byte; in GB18030 any invalid byte and any line that is
/// valid UTF-8 Chinese (which GB18030 would decode without complaint). At the first bad line the text ends, after
/// the lines before it, and <see cref="Failure"/> says why, for the caller to report against the record it reaches.
/// Splitting on the byte '\n' is safe in both encodings: neither uses 0x0A inside a multi-byte character.
/// </summary>
internal sealed class CheckedLineReader : TextReader
{
    private const int BlockBytes = 64 * 1024;

    private readonly Stream source;
    private readonly Encoding encoding;
    private readonly bool gb18030;
    private readonly int maxLineBytes;
    private byte[] bytes = new byte[BlockBytes];
    private int byteCount;
    private bool sourceDone;
    private char[] chars = new char[BlockBytes + 1];
    private int charPosition;
    private int charCount;
    private long quotes;

    /// <param name="encoding">A UTF-8 or GB18030 encoding that throws on invalid bytes.</param>
    public CheckedLineReader(Stream source, Encoding encoding, int maxLineBytes)
    {
        this.source = source;
        this.encoding = encoding;
        gb18030 = encoding.CodePage == 54936;
        this.maxLineBytes = maxLineBytes;
    }

    public DecodingFailure? Failure { get; private set; }

    public override int Peek() => FillAsync(sync: true, CancellationToken.None).GetAwaiter().GetResult() ? chars[charPosition] : -1;

    public override int Read() => FillAsync(sync: true, CancellationToken.None).GetAwaiter().GetResult() ? chars[charPosition++] : -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer) =>
        FillAsync(sync: true, CancellationToken.None).GetAwaiter().GetResult() ? Take(buffer) : 0;

    public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) =>
        await FillAsync(sync: false, cancellationToken) ? Take(buffer.Span) : 0;

    public override Task<int> ReadAsync(char[] buffer, int index, int count) => ReadAsync(buffer.AsMemory(index, count)).AsTask();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            source.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Take(Span<char> buffer)
    {
        var n = Math.Min(buffer.Length, charCount - charPosition);
        chars.AsSpan(charPosition, n).CopyTo(buffer);
        charPosition += n;
        return n;
    }

    /// <summary>Makes decoded text available; false at the end of the text (or at the first bad line).</summary>
    private async ValueTask<bool> FillAsync(bool sync, CancellationToken cancellationToken)
    {
        while (charPosition == charCount)
        {
            if (Failure is not null || (sourceDone && byteCount == 0))
            {
                return false;
            }

            while (!sourceDone && byteCount < bytes.Length)
            {
                var n = sync
                    ? source.Read(bytes, byteCount, bytes.Length - byteCount)
                    : await source.ReadAsync(bytes.AsMemory(byteCount), cancellationToken);
                sourceDone = n == 0;
                byteCount += n;
            }

            var take = sourceDone ? byteCount : bytes.AsSpan(0, byteCount).LastIndexOf((byte)'\n') + 1;
            if (take == 0)
            {
                if (bytes.Length >= maxLineBytes)
                {
                    Failure = new DecodingFailure(quotes % 2 == 1, DecodingProblem.LineTooLong);
                    return false;
                }

                Array.Resize(ref bytes, Math.Min(bytes.Length * 2, maxLineBytes));
                continue;
            }

            Decode(bytes.AsSpan(0, take));
            bytes.AsSpan(take, byteCount - take).CopyTo(bytes);
            byteCount -= take;
        }

        return true;
    }

    /// <summary>Decodes whole lines; at a bad line decodes only the lines before it and records the failure.</summary>
    private void Decode(ReadOnlySpan<byte> block)
    {
        var count = gb18030 ? DecodeGb18030(ref block) : DecodeUtf8(ref block);
        quotes += block.Count((byte)'"');
        charCount = count;
        charPosition = 0;
    }

    /// <summary>One pass that validates as it transcodes; only a bad block is decoded again, up to its bad line.</summary>
    private int DecodeUtf8(ref ReadOnlySpan<byte> block)
    {
        EnsureChars(block.Length);
        if (Utf8.ToUtf16(block, chars, out var read, out var written, replaceInvalidSequences: false) == System.Buffers.OperationStatus.Done)
        {
            return written;
        }

        Cut(ref block, block[..read].LastIndexOf((byte)'\n') + 1, DecodingProblem.InvalidBytes);
        Utf8.ToUtf16(block, chars, out _, out written, replaceInvalidSequences: false);
        return written;
    }

    private int DecodeGb18030(ref ReadOnlySpan<byte> block)
    {
        Cut(ref block, FirstLine(block, IsUtf8Chinese), DecodingProblem.Utf8InGbk);
        EnsureChars(encoding.GetMaxCharCount(block.Length));
        try
        {
            return encoding.GetChars(block, chars);
        }
        catch (DecoderFallbackException)
        {
            // Find the line, then decode the lines before it.
            Cut(ref block, FirstLine(block, line => !Decodes(line)), DecodingProblem.InvalidBytes);
            return encoding.GetChars(block, chars);
        }
    }

    private void EnsureChars(int needed)
    {
        if (chars.Length < needed)
        {
            chars = new char[needed];
        }
    }

    private void Cut(ref ReadOnlySpan<byte> block, int badLineStart, DecodingProblem problem)
    {
        if (badLineStart < 0)
        {
            return;
        }

        block = block[..badLineStart];
        Failure = new DecodingFailure((quotes + block.Count((byte)'"')) % 2 == 1, problem);
    }

    /// <summary>The offset of the first line of <paramref name="block"/> that fails, or -1.</summary>
    private static int FirstLine(ReadOnlySpan<byte> block, LineTest bad)
    {
        var start = 0;
        while (start < block.Length)
        {
            var end = block[start..].IndexOf((byte)'\n');
            var line = end < 0 ? block[start..] : block.Slice(start, end + 1);
            if (bad(line))
            {
                return start;
            }

            start += line.Length;
        }

        return -1;
    }

    private delegate bool LineTest(ReadOnlySpan<byte> line);

    private bool Decodes(ReadOnlySpan<byte> text)
    {
        try
        {
            encoding.GetCharCount(text);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>
    /// Non-ASCII, valid UTF-8, and every non-ASCII character Chinese text or its punctuation. GBK bytes seldom form
    /// valid UTF-8 at all, and when they do they decode to Latin, Greek or Cyrillic letters, not to Chinese.
    /// </summary>
    private static bool IsUtf8Chinese(ReadOnlySpan<byte> line)
    {
        if (System.Text.Ascii.IsValid(line) || !Utf8.IsValid(line))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(line);
        foreach (var c in text)
        {
            if (c >= 0x80 && !IsChineseText(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsChineseText(char c) =>
        c is (>= '\u2000' and <= '\u206F') // general punctuation: “ ” — …
            or (>= '\u3000' and <= '\u303F') // CJK symbols and punctuation: 、。〔〕
            or (>= '\u3400' and <= '\u4DBF') // CJK extension A
            or (>= '\u4E00' and <= '\u9FFF') // CJK unified ideographs
            or (>= '\uFF00' and <= '\uFFEF'); // full-width forms: （）
}
