namespace HebeiCredit.Auditing.Notices;

/// <summary>A rule many open findings share, with the units concerned and one example (unit name and finding summary).</summary>
public sealed record TypicalProblem(string RuleId, string RuleName, int Count, IReadOnlyList<string> UnitNames, string Example);
