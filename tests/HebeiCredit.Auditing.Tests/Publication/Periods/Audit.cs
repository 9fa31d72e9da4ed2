using HebeiCredit.Auditing.Calendar;
using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Policies;
using HebeiCredit.Auditing.Publication.History;
using HebeiCredit.Auditing.Publication.Periods;
using HebeiCredit.Auditing.Repair;

namespace HebeiCredit.Auditing.Tests.Publication.Periods;

/// <summary>Runs the period audit with the embedded policy and calendar; the rules' tests pick their rule's findings.</summary>
internal static class Audit
{
    public static IReadOnlyList<Finding> Run(string today, IReadOnlyList<PublishedHistory> histories, params RepairDecision[] repairs) =>
        PublicationPeriodAudit.Evaluate(Pen.Unit, histories, repairs, PublicationPeriodPolicy.Default, WorkingCalendar.Default, DateOnly.Parse(today));

    public static IReadOnlyList<Finding> Of(this IReadOnlyList<Finding> findings, string ruleId) =>
        findings.Where(f => f.RuleId == ruleId).ToList();
}
