namespace HebeiCredit.Auditing.Repair;

/// <summary>A row of a repair results file that could not be read, naming file, row and field (Chinese message).</summary>
public sealed record RepairRowProblem(string File, int Row, string Field, string Message);
