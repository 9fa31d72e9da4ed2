using HebeiCredit.Auditing.Findings;

namespace HebeiCredit.Auditing.Notices;

/// <summary>One finding of a unit as the notice receives it: the stored finding and where it stands in its life.</summary>
public sealed record NoticeFinding(
    string Key,
    string RuleId,
    NoticeFindingStatus Status,
    string Summary,
    string Explanation,
    PolicyClause Clause,
    IReadOnlyList<Evidence> Evidence,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen)
{
    /// <summary>Still to rectify: open, reopened, or reported fixed but not yet confirmed by an audit.</summary>
    public bool IsOpen => Status != NoticeFindingStatus.Fixed;
}
