using HebeiCredit.Auditing.Findings;

namespace HebeiCredit.Auditing.Notices;

/// <summary>One line of a unit's 整改清单: an open finding with its rule, explanation, clause, evidence and deadline.</summary>
public sealed record RectificationItem(
    string Key,
    string RuleId,
    string RuleName,
    NoticeFindingStatus Status,
    string Summary,
    string Explanation,
    PolicyClause Clause,
    IReadOnlyList<Evidence> Evidence,
    DateTimeOffset FirstSeen,
    DateOnly Deadline);
