using System.Text;
using HebeiCredit.Auditing.Sites.Html;

namespace HebeiCredit.Auditing.Tests.Sites.Html;

public sealed class HtmlTextTests
{
    /// <summary>Every character the fast fold handles, each alone, after a letter, after an ideograph and doubled.</summary>
    public static IEnumerable<string> FastFoldCharacters() =>
        Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i)
            .Where(c => !char.IsSurrogate(c) && (HtmlText.IsFormKC(c) || HtmlText.IsWide(c)))
            .SelectMany(c => new[] { $"{c}", $"a{c}", $"信{c}", $"{c}{c}" });

    [Fact]
    public void FoldCommon_EveryCharacterItHandles_EqualsIcuNormalisationToFormKC()
    {
        var wrong = FastFoldCharacters()
            .Where(s => HtmlText.FoldCommon(s) is { } folded && folded != s.Normalize(NormalizationForm.FormKC))
            .Select(s => $"U+{(int)s[^1]:X4} in \"{s}\"")
            .Take(10)
            .ToList();

        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("信用修复（申请流程）：第１步", "信用修复(申请流程):第1步")]
    [InlineData("关于２０２１年“双公示”工作的通知　发布时间：２０２１－０６－１５", "关于2021年“双公示”工作的通知 发布时间:2021-06-15")]
    [InlineData("《河北省信用修复管理办法》、解读。", "《河北省信用修复管理办法》、解读。")]
    public void FoldCommon_PortalText_FoldsWideFormsToAscii(string text, string expected)
    {
        Assert.Equal(expected, HtmlText.FoldCommon(text));
        Assert.Equal(expected, text.Normalize(NormalizationForm.FormKC));
    }

    [Theory]
    [InlineData("ﬁle")] // a ligature: NFKC makes it "file"
    [InlineData("Ⅲ期")] // a Roman numeral: "III期"
    [InlineData("e\u0301")] // a combining accent composes with its letter
    [InlineData("…")] // an ellipsis: "..."
    public void FoldCommon_TextOnlyIcuFolds_LeavesItToIcu(string text)
    {
        Assert.Null(HtmlText.FoldCommon(text));
    }

    [Theory]
    [InlineData("信 用　修 复", "信用修复")]
    [InlineData("ﬁle　ＡＢＣ", "fileABC")]
    [InlineData("&gt;下一页", ">下一页")]
    public void Compact_FoldsAndDropsSpaces(string text, string expected)
    {
        Assert.Equal(expected, HtmlText.Compact(text));
    }

    [Theory]
    [InlineData("  信用\t动态 \n\n 2021-06-15  ", "信用 动态 2021-06-15")]
    [InlineData("信用动态", "信用动态")]
    [InlineData("\u3000发布时间：\u00A0２０２１", "发布时间: 2021")]
    [InlineData(" \r\n ", "")]
    [InlineData("信用\t动态", "信用 动态")]
    public void Collapse_RunsOfSpaces_BecomeOneAndEndsAreTrimmed(string text, string expected)
    {
        Assert.Equal(expected, HtmlText.Collapse(text));
    }
}
