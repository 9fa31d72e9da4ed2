using HebeiCredit.Auditing.Publication.Sources;
using HebeiCredit.Auditing.Repair;

namespace HebeiCredit.Auditing.Tests.Repair;

public sealed class RepairRowReaderTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);
    private static readonly RepairHeader Header = RepairHeader.Match(["行政处罚决定书文号", "行政相对人名称", "统一社会信用代码", "处罚机关", "修复决定日期", "修复方式"]);

    private static RepairRowResult Read(params string?[] cells) => RepairRowReader.Read(new SourceRow(3, cells), Header, "修复结果.csv", Today);

    [Fact]
    public void Read_CompleteRow_GivesTheDecision()
    {
        var result = Read("冀石环罚〔2026〕 60 号", "某某有限公司", "91130100MA0E2B3MXJ", "石家庄市生态环境局", "2026/11/20", "信用修复");

        Assert.Empty(result.Problems);
        var decision = result.Decision!;
        Assert.Equal(("修复结果.csv", 3), (decision.File, decision.Row));
        Assert.Equal("冀石环罚〔2026〕60号", decision.Document.Key);
        Assert.Equal(new DateOnly(2026, 11, 20), decision.RepairedOn);
        Assert.Equal(("某某有限公司", "91130100MA0E2B3MXJ", "石家庄市生态环境局", "信用修复"), (decision.SubjectName, decision.SubjectCreditCode, decision.Authority, decision.RepairKind));
    }

    [Fact]
    public void Read_ExcelSerialDate_IsRead() =>
        Assert.Equal(new DateOnly(2026, 11, 20), Read("冀石环罚〔2026〕60号", null, null, null, "46346", null).Decision!.RepairedOn);

    [Fact]
    public void Read_EmptyDocumentAndBadDate_NamesFileRowAndField()
    {
        var result = Read(null, "某某有限公司", null, null, "2026-13-01", null);

        Assert.Null(result.Decision);
        Assert.Equal(
            ["文件“修复结果.csv”第3行，字段“行政处罚决定书文号”：为空，无法对应处罚决定。", "文件“修复结果.csv”第3行，字段“修复决定日期”：“2026-13-01”不是有效日期。"],
            result.Problems.Select(p => p.Message));
        Assert.Equal(["行政处罚决定书文号", "修复决定日期"], result.Problems.Select(p => p.Field));
    }

    [Fact]
    public void Read_FutureDate_IsAProblem() =>
        Assert.Equal("文件“修复结果.csv”第3行，字段“修复决定日期”：“2026-12-01”晚于今天（2026-11-28）。",
            Assert.Single(Read("冀石环罚〔2026〕60号", null, null, null, "2026-12-01", null).Problems).Message);

    [Fact]
    public void Read_EmptyDate_IsAProblem() =>
        Assert.Equal("文件“修复结果.csv”第3行，字段“修复决定日期”：为空。",
            Assert.Single(Read("冀石环罚〔2026〕60号", null, null, null, " ", null).Problems).Message);
}
