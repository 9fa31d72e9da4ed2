using HebeiCredit.Auditing.Findings;

namespace HebeiCredit.Auditing.Publication.Periods.Rules;

/// <summary>
/// EXP-EARLY-REMOVAL (违规撤下): taken down before the last day of its minimum period with no national repair
/// decision; or taken down before its maximum although the version forbids an early stop for it (repaired or not).
/// </summary>
internal sealed class EarlyRemovalRule : IPeriodRule
{
    public string Id => RuleIds.ExpEarlyRemoval;

    public IEnumerable<Finding> Evaluate(PeriodAuditContext context)
    {
        foreach (var penalty in context.Penalties.Where(p => !p.History.Shown && p.Classification.Class.Published))
        {
            var classification = penalty.Classification;
            if (classification.MinEnd is not { } minEnd || classification.MaxEnd is not { } maxEnd)
            {
                continue;
            }

            if (classification.NoEarlyStopReason is { } forbidden && penalty.LastSeenOn < maxEnd)
            {
                yield return PeriodText.Finding(context, Id, penalty, $"“{penalty.Document}”不得提前停止公示却被撤下",
                    classification.Describe() + $"{forbidden}，最长公示期至{PeriodText.Date(maxEnd)}届满；{PeriodText.Removal(penalty)}。",
                    new PolicyClause(classification.Version.Document, forbidden, classification.Version.Id));
            }
            else if (penalty.RemovedWithoutRepair && penalty.LastSeenOn < minEnd)
            {
                var minimumClause = classification.LongerMinimum?.Clause ?? classification.Class.Clause;
                yield return PeriodText.Finding(context, Id, penalty, $"“{penalty.Document}”未满最短公示期被撤下",
                    classification.Describe()
                    + $"最短公示期{PublicationPeriod.Months(classification.MinMonths)}，自处罚决定日期{PeriodText.Date(classification.DecisionDate!.Value)}起算，至{PeriodText.Date(minEnd)}届满；"
                    + $"{PeriodText.Removal(penalty)}，且无全国信用修复决定，属违规撤下。",
                    new PolicyClause(classification.Version.Document, minimumClause, classification.Version.Id));
            }
        }
    }
}
