namespace HebeiCredit.Infrastructure.Tests.Notices;

/// <summary>The notice as people will see it: LibreOffice opens the .docx, Chromium renders the .html.</summary>
public sealed class NoticeRenderingTests(NoticeRenderingFixture rendering) : IClassFixture<NoticeRenderingFixture>
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static void AssertPng(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(PngSignature, bytes.Take(8));
        Assert.True(bytes.Length > 10_000, $"{path} is only {bytes.Length} bytes: a blank render?");
    }

    [Fact]
    public void Docx_LibreOffice_ConvertsToPdfWithTheChineseText()
    {
        Assert.True(File.Exists(rendering.Pdf));
        var text = rendering.PdfText.Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.Contains("工作督导情况的通报", text);
        Assert.Contains("各设区市、定州市、辛集市、雄安新区信用办", text);
        Assert.Contains("石家庄市整改清单", text);
        Assert.Contains("—1—", text);
        AssertPng(rendering.FirstPagePng);
    }

    [Fact]
    public void Html_Chromium_RendersForDesktopAndPhone()
    {
        AssertPng(rendering.DesktopPng);
        AssertPng(rendering.PhonePng);
    }
}
