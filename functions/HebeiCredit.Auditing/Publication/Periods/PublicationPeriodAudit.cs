using HebeiCredit.Auditing.Calendar;
using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Policies;
using HebeiCredit.Auditing.Publication.History;
using HebeiCredit.Auditing.Publication.Periods.Rules;
using HebeiCredit.Auditing.Repair;

namespace HebeiCredit.Auditing.Publication.Periods;

/// <summary>
/// The publication-period audit of one unit's penalty records as its site has shown them (EXP-OVERDUE,
/// EXP-EARLY-REMOVAL, EXP-NOT-PUBLISHABLE, REP-NOT-SYNCED), against the national repair results.
/// </summary>
public static class PublicationPeriodAudit
{
    /// <summary>The prefixes of the rule ids this audit owns (for recording its findings).</summary>
    public static IReadOnlyList<string> RulePrefixes { get; } = ["EXP-", "REP-"];

    private static readonly IPeriodRule[] Rules =
    [
        new OverdueRule(),
        new EarlyRemovalRule(),
        new RemovedWithoutRepairRule(),
        new NotPublishableRule(),
        new NotSyncedRule(),
    ];

    /// <param name="histories">The unit's records as its site showed them (licensing records are ignored).</param>
    /// <param name="repairs">National repair decisions; those for other units' penalties simply match nothing.</param>
    /// <param name="today">The audit's date (China time): it stamps the findings and dates a record with no decision date.</param>
    public static IReadOnlyList<Finding> Evaluate(
        string unit,
        IReadOnlyList<PublishedHistory> histories,
        IReadOnlyList<RepairDecision> repairs,
        PublicationPeriodPolicy policy,
        WorkingCalendar calendar,
        DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(histories);
        ArgumentNullException.ThrowIfNull(repairs);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(calendar);
        var repairByDocument = repairs.GroupBy(r => r.Document.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MinBy(r => r.RepairedOn)!, StringComparer.Ordinal);
        var penalties = histories
            .Where(h => h.Record.Kind == DecisionKind.Penalty)
            .Select(h => new JudgedPenalty(
                h,
                PenaltyClassifier.Classify(h.Record, policy, today),
                h.Record.Document is { } document ? repairByDocument.GetValueOrDefault(document.Key) : null))
            .ToList();
        var context = new PeriodAuditContext(unit, penalties, policy, calendar, today, PublicationText.ObservedAt(today));
        return Rules.SelectMany(rule => rule.Evaluate(context)).ToList();
    }
}
