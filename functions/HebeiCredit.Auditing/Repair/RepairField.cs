namespace HebeiCredit.Auditing.Repair;

/// <summary>The columns of a national repair results file (信用中国's 信用修复结果).</summary>
public enum RepairField
{
    DocumentNumber,
    SubjectName,
    SubjectCreditCode,
    Authority,
    RepairDate,
    RepairKind,
}
