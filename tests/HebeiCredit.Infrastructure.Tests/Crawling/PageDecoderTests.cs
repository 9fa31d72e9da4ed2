using System.Net.Http.Headers;
using System.Text;
using HebeiCredit.Infrastructure.Crawling;

namespace HebeiCredit.Infrastructure.Tests.Crawling;

public sealed class PageDecoderTests
{
    private const string Chinese = "<p>河北省社会信用体系建设：双公示、信用修复</p>";
    private static readonly Encoding Gbk;

    static PageDecoderTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Gbk = Encoding.GetEncoding("gbk");
    }

    [Fact]
    public void Decode_Utf8ByteOrderMark_WinsOverHeader()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Chinese)).ToArray();

        var (text, charset, source) = PageDecoder.Decode(bytes, MediaTypeHeaderValue.Parse("text/html; charset=gbk"));

        Assert.Equal((Chinese, "utf-8", CharsetSource.ByteOrderMark), (text, charset, source));
    }

    [Theory]
    [InlineData("gbk")]
    [InlineData("GB2312")]
    [InlineData("x-gbk")]
    [InlineData("gb18030")]
    public void Decode_GbFamilyInHeader_DecodedAsGb18030(string label)
    {
        var (text, charset, source) = PageDecoder.Decode(Gbk.GetBytes(Chinese), MediaTypeHeaderValue.Parse($"text/html; charset={label}"));

        Assert.Equal((Chinese, "gb18030", CharsetSource.Header), (text, charset, source));
    }

    [Fact]
    public void Decode_Html5MetaCharset_Used()
    {
        var page = "<!doctype html><html><head><meta charset=\"GBK\">" + Chinese;

        var (text, _, source) = PageDecoder.Decode(Gbk.GetBytes(page), null);

        Assert.Equal((page, CharsetSource.MetaTag), (text, source));
    }

    [Fact]
    public void Decode_Utf8PageWithStaleGb2312Meta_Corrected()
    {
        var page = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">" + Chinese;

        var (text, charset, source) = PageDecoder.Decode(Encoding.UTF8.GetBytes(page), MediaTypeHeaderValue.Parse("text/html"));

        Assert.Equal((page, "utf-8", CharsetSource.Corrected), (text, charset, source));
    }

    [Fact]
    public void Decode_NothingDeclaredValidUtf8_Utf8()
    {
        var (text, charset, source) = PageDecoder.Decode(Encoding.UTF8.GetBytes(Chinese), null);

        Assert.Equal((Chinese, "utf-8", CharsetSource.Detected), (text, charset, source));
    }

    [Fact]
    public void Decode_NothingDeclaredNotUtf8_Gb18030()
    {
        var (text, charset, source) = PageDecoder.Decode(Gbk.GetBytes(Chinese), MediaTypeHeaderValue.Parse("text/html"));

        Assert.Equal((Chinese, "gb18030", CharsetSource.Detected), (text, charset, source));
    }

    [Fact]
    public void Decode_Gb18030FourByteCharacter_Decoded()
    {
        const string rare = "𠀀㐀€"; // outside GBK: GB18030 four-byte sequences
        var gb18030 = Encoding.GetEncoding(54936);

        var (text, _, _) = PageDecoder.Decode(gb18030.GetBytes(rare), MediaTypeHeaderValue.Parse("text/html; charset=gb2312"));

        Assert.Equal(rare, text);
    }
}
