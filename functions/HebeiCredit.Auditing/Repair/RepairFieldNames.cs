namespace HebeiCredit.Auditing.Repair;

/// <summary>The standard Chinese column name of each <see cref="RepairField"/>, as messages name it.</summary>
public static class RepairFieldNames
{
    public static string Of(RepairField field) => field switch
    {
        RepairField.DocumentNumber => "行政处罚决定书文号",
        RepairField.SubjectName => "行政相对人名称",
        RepairField.SubjectCreditCode => "统一社会信用代码",
        RepairField.Authority => "处罚机关",
        RepairField.RepairDate => "修复决定日期",
        RepairField.RepairKind => "修复方式",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    /// <summary>The columns a file must have: without them a row cannot be matched to a penalty or dated.</summary>
    public static IReadOnlyList<RepairField> Required { get; } = [RepairField.DocumentNumber, RepairField.RepairDate];
}
