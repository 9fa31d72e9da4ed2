using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Publication.Records;

namespace HebeiCredit.Auditing.Publication.Periods.Rules;

/// <summary>
/// EXP-OVERDUE (超期公示): still shown after the last day of its maximum period, or after its own 公示截止期; the
/// earlier of the two is cited.
/// </summary>
internal sealed class OverdueRule : IPeriodRule
{
    public string Id => RuleIds.ExpOverdue;

    public IEnumerable<Finding> Evaluate(PeriodAuditContext context)
    {
        foreach (var penalty in context.Penalties.Where(p => p.History.Shown && p.Classification.Class.Published))
        {
            var classification = penalty.Classification;
            var maxEnd = classification.MaxEnd;
            var ownEnd = penalty.History.Record.PublicationEnd is { } end && end != PublicationRecord.OpenEnded ? end : (DateOnly?)null;
            var shownOn = penalty.ObservedOn;
            if (ownEnd is { } own && own < shownOn && (maxEnd is null || own < maxEnd))
            {
                yield return PeriodText.Finding(context, Id, penalty, $"“{penalty.Document}”超期公示",
                    classification.Describe() + $"记录所载公示截止期为{PeriodText.Date(own)}；{PeriodText.StillShown(penalty)}，已超期{shownOn.DayNumber - own.DayNumber}天。",
                    new PolicyClause(classification.Version.Document, "公示截止期届满后应停止公示（记录所载公示截止期）", classification.Version.Id));
            }
            else if (maxEnd is { } max && max < shownOn)
            {
                yield return PeriodText.Finding(context, Id, penalty, $"“{penalty.Document}”超期公示",
                    classification.Describe()
                    + $"最长公示期{PublicationPeriod.Months(classification.MaxMonths)}，自处罚决定日期{PeriodText.Date(classification.DecisionDate!.Value)}起算，至{PeriodText.Date(max)}届满；"
                    + $"{PeriodText.StillShown(penalty)}，已超期{shownOn.DayNumber - max.DayNumber}天。",
                    PeriodText.ClassClause(classification));
            }
        }
    }
}
