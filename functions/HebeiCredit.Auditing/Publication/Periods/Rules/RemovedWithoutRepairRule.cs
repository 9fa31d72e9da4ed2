using HebeiCredit.Auditing.Findings;

namespace HebeiCredit.Auditing.Publication.Periods.Rules;

/// <summary>
/// The converse of REP-NOT-SYNCED, reported as EXP-EARLY-REMOVAL (the id a notice cites for 违规撤下): taken down
/// after its minimum but before its maximum, as if repaired, with no national repair decision, where the version
/// allows an early stop only through repair. Taking it down after its own 公示截止期 (when earlier than the maximum) is not early.
/// </summary>
internal sealed class RemovedWithoutRepairRule : IPeriodRule
{
    public string Id => RuleIds.ExpEarlyRemoval;

    public IEnumerable<Finding> Evaluate(PeriodAuditContext context)
    {
        foreach (var penalty in context.Penalties.Where(p => p.RemovedWithoutRepair && p.Classification.Class.Published
                     && p.Classification.Version.EarlyStopRequiresRepair && p.Classification.NoEarlyStopReason is null))
        {
            var classification = penalty.Classification;
            if (classification.MinEnd is { } minEnd && classification.MaxEnd is { } maxEnd && penalty.StopAllowedAfter is { } allowed
                && penalty.LastSeenOn >= minEnd && penalty.LastSeenOn < allowed)
            {
                yield return PeriodText.Finding(context, Id, penalty, $"“{penalty.Document}”未经信用修复提前撤下",
                    classification.Describe()
                    + $"最短公示期已于{PeriodText.Date(minEnd)}届满，最长公示期至{PeriodText.Date(maxEnd)}届满；"
                    + $"{PeriodText.Removal(penalty)}，但“信用中国”无该处罚的信用修复决定：最长公示期届满前停止公示须经信用修复。",
                    new PolicyClause(classification.Version.Document, "最短公示期满后，经信用修复方可提前停止公示", classification.Version.Id));
            }
        }
    }
}
