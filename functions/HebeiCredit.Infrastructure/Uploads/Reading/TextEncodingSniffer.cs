using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace HebeiCredit.Infrastructure.Uploads.Reading;

/// <summary>
/// Picks the encoding of an uploaded text file from its first 64 KB: a byte order mark says UTF-8 or UTF-16;
/// without one, bytes that are valid UTF-8 are UTF-8 and anything else is GB18030 (the superset of GBK and GB2312,
/// which is what Excel on a Chinese Windows writes). The encodings returned throw on invalid bytes, so a file that
/// mixes encodings further down is reported rather than silently garbled.
/// </summary>
internal static class TextEncodingSniffer
{
    public const int SniffBytes = 64 * 1024;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictGb18030;

    static TextEncodingSniffer()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        StrictGb18030 = Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    /// <summary>The encoding, the length of the byte order mark to skip, and a name for messages.</summary>
    public static (Encoding Encoding, int BomLength, string Name) Sniff(ReadOnlySpan<byte> head, bool complete)
    {
        switch (head)
        {
            case [0xEF, 0xBB, 0xBF, ..]:
                return (StrictUtf8, 3, "UTF-8");
            case [0xFF, 0xFE, ..]:
                return (StrictUtf16Le, 2, "UTF-16");
            case [0xFE, 0xFF, ..]:
                return (StrictUtf16Be, 2, "UTF-16");
            case [0x84, 0x31, 0x95, 0x33, ..]:
                return (StrictGb18030, 4, "GB18030");
        }

        return IsUtf8(head, complete) ? (StrictUtf8, 0, "UTF-8") : (StrictGb18030, 0, "GB18030（GBK）");
    }

    /// <summary>Valid UTF-8, allowing a character cut in two at the end of the sample when there is more to come.</summary>
    private static bool IsUtf8(ReadOnlySpan<byte> head, bool complete)
    {
        var chars = ArrayPool<char>.Shared.Rent(head.Length + 1);
        try
        {
            var status = Utf8.ToUtf16(head, chars, out _, out _, replaceInvalidSequences: false, isFinalBlock: complete);
            return status is OperationStatus.Done or OperationStatus.NeedMoreData;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
