using HebeiCredit.Auditing.Findings;

namespace HebeiCredit.Auditing.Publication.Periods.Rules;

/// <summary>One EXP-* or REP-* rule: its stable id, and the findings it makes of a unit's judged penalty records.</summary>
internal interface IPeriodRule
{
    string Id { get; }

    IEnumerable<Finding> Evaluate(PeriodAuditContext context);
}
