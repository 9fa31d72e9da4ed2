using HebeiCredit.Auditing.Repair;

namespace HebeiCredit.Auditing.Tests.Repair;

public sealed class RepairHeaderTests
{
    [Fact]
    public void Match_StandardHeaders_FindsEveryColumn()
    {
        var header = RepairHeader.Match(["行政处罚决定书文号", "行政相对人名称", "统一社会信用代码", "处罚机关", "修复决定日期", "修复方式"]);

        Assert.Null(header.Rejection);
        Assert.Equal([0, 1, 2, 3, 4, 5], Enum.GetValues<RepairField>().Select(f => header.ColumnOf(f)!.Value));
    }

    [Fact]
    public void Match_Aliases_FindTheirFields()
    {
        var header = RepairHeader.Match(["\uFEFF* 处罚决定书文号 ", "主体名称", "修复日期"]);

        Assert.Null(header.Rejection);
        Assert.Equal(0, header.ColumnOf(RepairField.DocumentNumber));
        Assert.Equal(2, header.ColumnOf(RepairField.RepairDate));
        Assert.Null(header.ColumnOf(RepairField.RepairKind));
    }

    [Fact]
    public void Match_NoRepairDate_RejectsNamingTheColumns() =>
        Assert.Equal(
            "文件缺少必需的列：修复决定日期；文件中的列为：文书号、企业名称；应包含：行政处罚决定书文号、行政相对人名称、统一社会信用代码、处罚机关、修复决定日期、修复方式（其中行政处罚决定书文号、修复决定日期必需）。",
            RepairHeader.Match(["文书号", "企业名称"]).Rejection);
}
