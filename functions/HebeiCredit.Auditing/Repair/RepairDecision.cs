using HebeiCredit.Auditing.Publication;

namespace HebeiCredit.Auditing.Repair;

/// <summary>
/// One national credit-repair result (信用中国's 信用修复 decision) read from a row of an inbox/repairs/ upload: the
/// penalty it repairs (by 文书号) and when the repair was decided.
/// </summary>
/// <param name="Document">The 文书号 of the repaired penalty decision.</param>
/// <param name="RepairedOn">The date 信用中国 decided the repair; the local sync window counts from it.</param>
/// <param name="RepairKind">修复方式 as written (e.g. 信用修复, 期满移除), null when the file has none.</param>
public sealed record RepairDecision(
    string File,
    int Row,
    DocumentNumber Document,
    string? SubjectName,
    string? SubjectCreditCode,
    string? Authority,
    DateOnly RepairedOn,
    string? RepairKind);
