using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Publication;

namespace HebeiCredit.Auditing.Policies;

/// <summary>
/// One reporting period: decisions it covers get <see cref="WorkingDays"/> working days from the decision date.
/// A rule with no <see cref="Kind"/> and no markers covers every decision (the default).
/// </summary>
/// <param name="AuthorityMarkers">The rule covers an authority whose name contains one of these (e.g. 市场监督管理).</param>
/// <param name="EffectiveFrom">Decisions made before this date are not covered.</param>
/// <param name="Note">Why the rule reads as it does, or what is unconfirmed; not shown to cities.</param>
public sealed record DeadlineRule(
    string Name,
    int WorkingDays,
    string Document,
    string Clause,
    DecisionKind? Kind = null,
    IReadOnlyList<string>? AuthorityMarkers = null,
    DateOnly? EffectiveFrom = null,
    string? Note = null)
{
    public bool Covers(DecisionKind kind, string? authority, DateOnly decisionDate) =>
        (Kind is null || Kind == kind)
        && (EffectiveFrom is null || decisionDate >= EffectiveFrom)
        && (AuthorityMarkers is not { Count: > 0 } markers || (authority is not null && Names(authority, markers)));

    // A loop, not LINQ: the streaming tally asks once per decision, millions of times.
    private static bool Names(string authority, IReadOnlyList<string> markers)
    {
        for (var i = 0; i < markers.Count; i++)
        {
            if (authority.Contains(markers[i], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public PolicyClause ClauseFor(string version) => new(Document, Clause, version);
}
