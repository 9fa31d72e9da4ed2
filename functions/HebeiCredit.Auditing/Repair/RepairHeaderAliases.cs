namespace HebeiCredit.Auditing.Repair;

/// <summary>
/// The header texts repair result files use, compared after the 双公示 header normalisation (brackets' width,
/// spaces, a BOM and a "*" do not matter). Add a spelling here when a file shows a new one.
/// </summary>
internal static class RepairHeaderAliases
{
    public static IReadOnlyList<(string Alias, RepairField Field)> All { get; } =
    [
        ("行政处罚决定书文号", RepairField.DocumentNumber),
        ("处罚决定书文号", RepairField.DocumentNumber),
        ("决定书文号", RepairField.DocumentNumber),
        ("处罚文号", RepairField.DocumentNumber),
        ("文书号", RepairField.DocumentNumber),
        ("文号", RepairField.DocumentNumber),

        ("行政相对人名称", RepairField.SubjectName),
        ("相对人名称", RepairField.SubjectName),
        ("主体名称", RepairField.SubjectName),
        ("企业名称", RepairField.SubjectName),
        ("当事人名称", RepairField.SubjectName),

        ("统一社会信用代码", RepairField.SubjectCreditCode),
        ("行政相对人代码_1(统一社会信用代码)", RepairField.SubjectCreditCode),
        ("行政相对人代码_1", RepairField.SubjectCreditCode),
        ("信用代码", RepairField.SubjectCreditCode),

        ("处罚机关", RepairField.Authority),
        ("作出处罚决定机关", RepairField.Authority),
        ("决定机关", RepairField.Authority),

        ("修复决定日期", RepairField.RepairDate),
        ("修复日期", RepairField.RepairDate),
        ("信用修复日期", RepairField.RepairDate),
        ("修复决定时间", RepairField.RepairDate),
        ("修复时间", RepairField.RepairDate),

        ("修复方式", RepairField.RepairKind),
        ("修复类型", RepairField.RepairKind),
        ("修复类别", RepairField.RepairKind),
    ];
}
