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
        var repairsByDocument = repairs.ToLookup(r => r.Document.Key, StringComparer.Ordinal);
        var penalties = histories
            .Where(h => h.Record.Kind == DecisionKind.Penalty)
            .Select(h => new JudgedPenalty(h, PenaltyClassifier.Classify(h.Record, policy, today), RepairOf(h, repairsByDocument)))
            .ToList();
        var context = new PeriodAuditContext(unit, penalties, policy, calendar, today, PublicationText.ObservedAt(today));
        return Rules.SelectMany(rule => rule.Evaluate(context)).ToList();
    }

    /// <summary>
    /// The record's national repair: the earliest decided by the latest look at the site (a later one could not have
    /// been followed yet), for its 文书号 and, where both name one, the same 统一社会信用代码 (文书号s of different
    /// authorities can coincide).
    /// </summary>
    private static RepairDecision? RepairOf(PublishedHistory history, ILookup<string, RepairDecision> repairsByDocument)
    {
        if (history.Record.Document is not { } document)
        {
            return null;
        }

        var observedOn = Time.ChinaTime.DateOf(history.ObservedAt);
        var code = history.Record.SubjectCreditCode;
        return repairsByDocument[document.Key]
            .Where(r => r.RepairedOn <= observedOn)
            .Where(r => string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(r.SubjectCreditCode)
                || string.Equals(code.Trim(), r.SubjectCreditCode.Trim(), StringComparison.OrdinalIgnoreCase))
            .MinBy(r => r.RepairedOn);
    }
}
