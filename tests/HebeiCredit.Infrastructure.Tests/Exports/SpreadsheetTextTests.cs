using HebeiCredit.Infrastructure.Exports;

namespace HebeiCredit.Infrastructure.Tests.Exports;

public sealed class SpreadsheetTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    [InlineData("=")]
    public void Neutralise_FormulaTrigger_GetsLeadingApostrophe(string text)
    {
        Assert.Equal("'" + text, SpreadsheetText.Neutralise(text));
    }

    [Theory]
    [InlineData("“信用修复”栏目缺失")]
    [InlineData("石家庄市市场监督管理局 行政处罚 =1+1")]
    [InlineData("冀市监罚〔2026〕12号")]
    [InlineData("https://xyk.sjz.gov.cn/a?b=c")]
    [InlineData(" =1+1")]
    [InlineData("'=already quoted")]
    [InlineData("12.5")]
    [InlineData("\n=1")]
    public void Neutralise_OtherText_IsUntouched(string text)
    {
        Assert.Same(text, SpreadsheetText.Neutralise(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Neutralise_NullOrEmpty_IsEmpty(string? text)
    {
        Assert.Equal(string.Empty, SpreadsheetText.Neutralise(text));
    }
}
