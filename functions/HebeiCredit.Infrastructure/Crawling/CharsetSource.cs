namespace HebeiCredit.Infrastructure.Crawling;

/// <summary>Where a page's character set came from, in the order they are tried.</summary>
public enum CharsetSource
{
    None,
    ByteOrderMark,
    Header,
    MetaTag,

    /// <summary>Nothing declared it: valid UTF-8 is UTF-8, anything else GB18030.</summary>
    Detected,

    /// <summary>A charset was declared but the bytes contradict it (see <see cref="PageDecoder"/>).</summary>
    Corrected,
}
