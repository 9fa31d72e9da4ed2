namespace HebeiCredit.Auditing.Repair;

/// <summary>A row read: the repair decision, or the problems that kept it from being one.</summary>
public sealed record RepairRowResult(RepairDecision? Decision, IReadOnlyList<RepairRowProblem> Problems);
