using HebeiCredit.Auditing.Calendar;
using HebeiCredit.Auditing.Policies;
using HebeiCredit.Auditing.Publication.Matching;
using HebeiCredit.Auditing.Publication.Rates;
using HebeiCredit.Auditing.Publication.Records;
using HebeiCredit.Auditing.Publication.Rules;

namespace HebeiCredit.Auditing.Publication.Audit;

/// <summary>The 双公示 audit of one unit: matches its records across uploads, applies every PUB-* rule, counts the rates.</summary>
public static class PublicationAudit
{
    private static readonly IPublicationRule[] Rules =
    [
        new LateRule(),
        new MissingRule(),
        new ConcealedRule(),
        new DuplicateRule(),
        new CalendarGapRule(),
    ];

    /// <param name="unit">The unit audited (e.g. 1301); every record must belong to it.</param>
    /// <param name="records">
    /// Every record of the unit read from its uploads, of all kinds (ledgers, platform, published, sources): each
    /// record's <see cref="PublicationRecord.Source"/> says which. A row given twice (same kind, file and row) counts once.
    /// </param>
    /// <param name="today">The audit's date (China time): a ledger decision is missing once today is past its deadline.</param>
    public static PublicationAuditResult Evaluate(
        string unit, IEnumerable<PublicationRecord> records, DeadlinePolicy policy, WorkingCalendar calendar, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(calendar);
        // A retried trigger or a file read twice hands over the same rows again; they are one row, not a duplicate report.
        var all = records.DistinctBy(r => (r.Source, r.File, r.Row)).ToList();
        if (all.FirstOrDefault(r => !string.Equals(r.Unit, unit, StringComparison.Ordinal)) is { } stranger)
        {
            throw new ArgumentException($"Record {stranger.File}#{stranger.Row} belongs to unit {stranger.Unit}, not {unit}.", nameof(records));
        }

        var assessments = DecisionMatcher.Match(all).Select(d => DecisionAssessor.Assess(d, policy, calendar, today)).ToList();
        var context = new PublicationAuditContext(unit, assessments, policy, today, PublicationText.ObservedAt(today));
        var findings = Rules.SelectMany(rule => rule.Evaluate(context)).ToList();
        var rates = new RatesCalculator(unit, all, assessments);
        return new PublicationAuditResult(findings, rates.Total(), rates.ByDepartment(), rates.ByKind());
    }
}
