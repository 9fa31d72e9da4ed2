using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace HebeiCredit.Infrastructure.Crawling;

/// <summary>
/// Turns a page's bytes into text. The charset is taken, in order, from the byte order mark, the Content-Type header,
/// or a &lt;meta&gt; tag in the first 4 KB; with none, valid UTF-8 is UTF-8 and anything else GB18030 (Hebei portals
/// are either). The GBK family is decoded as GB18030, its superset.
/// A declared charset is overruled when the bytes contradict it, because city portals often mislabel pages:
/// <list type="bullet">
/// <item>declared GBK/GB2312/GB18030 but the bytes are valid UTF-8 with non-ASCII text: UTF-8 (GBK text is
/// practically never valid UTF-8, while a converted site with a stale meta tag is common);</item>
/// <item>any other declared charset whose decoding has replacement characters (U+FFFD) where a GB18030 or UTF-8
/// decoding has none: that decoding.</item>
/// </list>
/// </summary>
internal static partial class PageDecoder
{
    private const int SniffBytes = 4096;
    private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    private static readonly Encoding Gb18030;

    static PageDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Gb18030 = Encoding.GetEncoding(54936);
    }

    public static bool IsTextual(string? mediaType) =>
        mediaType is null
        || mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
        || mediaType.Contains("html", StringComparison.OrdinalIgnoreCase)
        || mediaType.Contains("xml", StringComparison.OrdinalIgnoreCase)
        || mediaType.Contains("json", StringComparison.OrdinalIgnoreCase)
        || mediaType.Contains("javascript", StringComparison.OrdinalIgnoreCase);

    public static (string Text, string Charset, CharsetSource Source) Decode(ReadOnlySpan<byte> bytes, MediaTypeHeaderValue? contentType)
    {
        if (FromByteOrderMark(bytes) is var (bom, length))
        {
            return (bom.GetString(bytes[length..]), bom.WebName, CharsetSource.ByteOrderMark);
        }

        var (declared, source) = Resolve(contentType?.CharSet) is { } header ? (header, CharsetSource.Header)
            : Resolve(MetaCharset(bytes), fromMeta: true) is { } meta ? (meta, CharsetSource.MetaTag)
            : (null, CharsetSource.Detected);

        if (declared is null)
        {
            return System.Text.Unicode.Utf8.IsValid(bytes) ? (Utf8NoBom.GetString(bytes), Utf8NoBom.WebName, source) : (Gb18030.GetString(bytes), Gb18030.WebName, source);
        }

        if (declared.CodePage == Gb18030.CodePage && !Ascii.IsValid(bytes) && System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return (Utf8NoBom.GetString(bytes), Utf8NoBom.WebName, CharsetSource.Corrected);
        }

        var text = declared.GetString(bytes);
        if (text.Contains('\uFFFD'))
        {
            foreach (var candidate in new[] { Gb18030, Utf8NoBom })
            {
                if (candidate.CodePage != declared.CodePage && candidate.GetString(bytes) is var other && !other.Contains('\uFFFD'))
                {
                    return (other, candidate.WebName, CharsetSource.Corrected);
                }
            }
        }

        return (text, declared.WebName, source);
    }

    private static (Encoding Encoding, int Length)? FromByteOrderMark(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Utf8NoBom, 3),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        [0x84, 0x31, 0x95, 0x33, ..] => (Gb18030, 4),
        _ => null,
    };

    /// <summary>The charset named by a meta tag, read from the first bytes as ASCII (the HTML prescan, simplified).</summary>
    private static string? MetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, SniffBytes)]);
        var match = MetaCharsetPattern().Match(head);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    /// <summary>Maps a charset label to an encoding: the GBK family to GB18030; null when unknown.</summary>
    internal static Encoding? Resolve(string? label, bool fromMeta = false)
    {
        var name = label?.Trim().Trim('"', '\'').ToLowerInvariant();
        switch (name)
        {
            case null or "":
                return null;
            case "gbk" or "gb2312" or "gb_2312" or "gb_2312-80" or "x-gbk" or "cp936" or "windows-936" or "ms936"
                or "euc-cn" or "csgb2312" or "chinese" or "iso-ir-58" or "gb18030":
                return Gb18030;
            case "utf8" or "utf-8" or "unicode-1-1-utf-8":
                return Utf8NoBom;
            case not null when fromMeta && name.StartsWith("utf-16", StringComparison.Ordinal):
                // HTML: a meta tag cannot be read in UTF-16, so a page whose meta says UTF-16 is UTF-8.
                return Utf8NoBom;
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("""<meta\b[^>]*?charset\s*=\s*["']?\s*(?<charset>[A-Za-z0-9_:.\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharsetPattern();
}
