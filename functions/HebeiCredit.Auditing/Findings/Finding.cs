namespace HebeiCredit.Auditing.Findings;

/// <summary>
/// One problem found in one unit. <see cref="Key"/> (rule + unit + subject) is stable, so a re-run or a retried
/// trigger updates the same finding instead of adding another.
/// </summary>
/// <param name="Subject">What the finding is about within the unit: a column id, "home", a 文书号 key, a file row.</param>
/// <param name="Summary">One line in Chinese, e.g. “信用修复”栏目缺失.</param>
/// <param name="Explanation">Plain-language Chinese: what was seen, what the rule asks, why this counts.</param>
public sealed record Finding(
    string RuleId,
    string Unit,
    string Subject,
    string Summary,
    string Explanation,
    PolicyClause Clause,
    IReadOnlyList<Evidence> Evidence,
    DateTimeOffset ObservedAt)
{
    public string Key => FindingKey.Of(RuleId, Unit, Subject);
}
