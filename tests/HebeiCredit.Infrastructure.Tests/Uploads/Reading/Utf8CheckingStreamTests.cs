using System.Text;
using HebeiCredit.Infrastructure.Uploads.Reading;

namespace HebeiCredit.Infrastructure.Tests.Uploads.Reading;

public sealed class Utf8CheckingStreamTests
{
    static Utf8CheckingStreamTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Text = "冀石市监罚〔2026〕12号,𠀀记商行,ok\n";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(4096)]
    public void Read_ValidUtf8InPiecesThatCutCharacters_PassesTheBytesThrough(int piece)
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Text, 50)));

        Assert.Equal(bytes, ReadAll(bytes, piece));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public void Read_GbkBytesAfterUtf8_ThrowsDecoderFallback(int piece)
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes(Text), .. Encoding.GetEncoding(54936).GetBytes("某公司")];

        Assert.Throws<DecoderFallbackException>(() => ReadAll(bytes, piece));
    }

    [Fact]
    public void Read_FileEndingInsideACharacter_ThrowsDecoderFallback()
    {
        var bytes = Encoding.UTF8.GetBytes(Text + "某")[..^1];

        Assert.Throws<DecoderFallbackException>(() => ReadAll(bytes, 4096));
    }

    [Theory]
    [InlineData(new byte[] { 0xE0, 0x80, 0x80 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    public void Read_OverlongOrSurrogateCutAcrossReads_ThrowsDecoderFallback(byte[] invalid)
    {
        byte[] bytes = [(byte)'a', .. invalid, (byte)'b'];

        Assert.Throws<DecoderFallbackException>(() => ReadAll(bytes, 2));
    }

    private static byte[] ReadAll(byte[] bytes, int piece)
    {
        using var stream = new Utf8CheckingStream(new PieceStream(bytes, piece));
        var output = new MemoryStream();
        var buffer = new byte[8192];
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            output.Write(buffer, 0, n);
        }

        return output.ToArray();
    }

    private sealed class PieceStream(byte[] bytes, int piece) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, piece));

        public override int Read(Span<byte> buffer)
        {
            var part = new byte[Math.Min(buffer.Length, piece)];
            var n = base.Read(part, 0, part.Length);
            part.AsSpan(0, n).CopyTo(buffer);
            return n;
        }
    }
}
