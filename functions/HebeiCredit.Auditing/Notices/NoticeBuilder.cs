using HebeiCredit.Auditing.Calendar;
using HebeiCredit.Auditing.Findings;

namespace HebeiCredit.Auditing.Notices;

/// <summary>Builds the notice of a period from the units' findings, probes and rates, and the previous notice.</summary>
public static class NoticeBuilder
{
    public const int DefaultDeadlineWorkingDays = 10;
    public const int TypicalProblemCount = 5;
    public const int TrendLength = 12;

    private static readonly string[] ColumnMissingRules =
        [RuleIds.WebColumnMissing, RuleIds.WebColumnBroken, RuleIds.WebColumnBlank, RuleIds.WebRepairGuideMissing];

    private static readonly string[] ColumnStaleRules = [RuleIds.WebColumnStale, RuleIds.WebHomeStale];

    /// <param name="issueDate">The China Standard Time date the notice is issued; the deadline runs from it in working days.</param>
    /// <param name="previous">The previous period's notice, for the re-inspection and the trend; null for the first.</param>
    public static NoticeModel Build(
        NoticePeriod period,
        DateOnly issueDate,
        IReadOnlyList<NoticeUnitInput> units,
        NoticeModel? previous,
        WorkingCalendar calendar,
        int deadlineWorkingDays = DefaultDeadlineWorkingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(deadlineWorkingDays);
        var deadline = calendar.AddWorkingDays(issueDate, deadlineWorkingDays);
        var previousOpen = previous?.Units.ToDictionary(u => u.Unit, u => u.Rectification.Select(r => r.Key).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

        var rows = units.Select(input => Row(input, period, deadline, previousOpen)).ToList();
        var ranked = rows
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.OpenFindings)
            .ThenBy(r => r.Unit, StringComparer.Ordinal)
            .Select((r, i) => r with { Rank = i + 1 })
            .ToList();

        var totals = Totals(ranked);
        var reInspection = previous is null ? null : ranked.Aggregate(ReInspectionCounts.None, (sum, u) => sum.Add(u.ReInspection));
        var trend = (previous?.Trend ?? [])
            .Where(p => p.Period != period.Id)
            .Append(new PeriodTrend(period.Id, totals.AverageAvailability, totals.AverageLateRate, totals.OpenFindings))
            .TakeLast(TrendLength)
            .ToList();

        return new NoticeModel(
            period,
            issueDate,
            deadlineWorkingDays,
            deadline,
            NoticeText.Title(period),
            NoticeText.Addressees,
            NoticeText.Opening(period),
            NoticeText.Situation(totals),
            totals,
            ranked,
            NoticeScore.Method,
            TypicalProblems(ranked),
            NoticeText.Demand(deadline, deadlineWorkingDays),
            previous?.Period.Title,
            reInspection,
            previous is null || reInspection is null ? NoticeText.NoPrevious : NoticeText.ReInspection(previous.Period.Title, reInspection),
            trend,
            NoticeText.Issuer);
    }

    private static NoticeUnit Row(NoticeUnitInput input, NoticePeriod period, DateOnly deadline, Dictionary<string, HashSet<string>>? previousOpen)
    {
        // A finding first seen after the cut-off belongs to the next period.
        var open = input.Findings
            .Where(f => f.IsOpen && f.FirstSeen < period.End)
            .OrderBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.FirstSeen)
            .ThenBy(f => f.Key, StringComparer.Ordinal)
            .ToList();
        var rates = input.Rates;
        int Count(params string[] rules) => open.Count(f => rules.Contains(f.RuleId));
        int CountPrefix(string prefix) => open.Count(f => f.RuleId.StartsWith(prefix, StringComparison.Ordinal));

        return new NoticeUnit(
            input.Unit,
            input.Name,
            Rank: 0,
            NoticeScore.Of(open, rates?.LateRate, rates?.MissingRate, rates?.ConcealedRate),
            input.Availability?.Probes ?? 0,
            input.Availability?.Rate,
            Unreachable: Count(RuleIds.WebUnreachable) > 0,
            Count(ColumnMissingRules),
            Count(ColumnStaleRules),
            rates?.LateRate,
            rates?.MissingRate,
            rates?.ConcealedRate,
            rates?.Late ?? 0,
            rates?.Missing ?? 0,
            rates?.Concealed ?? 0,
            CountPrefix("EXP-"),
            CountPrefix("REP-"),
            Count(RuleIds.PubInvalidCode),
            open.Count,
            open.Count(f => f.Status == NoticeFindingStatus.Reported),
            previousOpen is null ? ReInspectionCounts.None : ReInspect(input, open, previousOpen.GetValueOrDefault(input.Unit) ?? []),
            open.Select(f => new RectificationItem(f.Key, f.RuleId, RuleNames.Of(f.RuleId), f.Status, f.Summary, f.Explanation, f.Clause, f.Evidence, f.FirstSeen, deadline)).ToList());
    }

    /// <summary>Each open finding is counted once: reported, still open (in the previous notice), reopened, or new.</summary>
    private static ReInspectionCounts ReInspect(NoticeUnitInput input, IReadOnlyList<NoticeFinding> open, HashSet<string> previousOpen)
    {
        var openKeys = open.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var reported = open.Count(f => f.Status == NoticeFindingStatus.Reported);
        var unconfirmed = open.Where(f => f.Status != NoticeFindingStatus.Reported).ToList();
        var stillOpen = unconfirmed.Count(f => previousOpen.Contains(f.Key));
        var reopened = unconfirmed.Count(f => !previousOpen.Contains(f.Key) && f.Status == NoticeFindingStatus.Reopened);
        var fresh = unconfirmed.Count - stillOpen - reopened;
        return new ReInspectionCounts(previousOpen.Count(key => !openKeys.Contains(key)), stillOpen, fresh, reopened, reported);
    }

    private static NoticeTotals Totals(IReadOnlyList<NoticeUnit> units)
    {
        decimal? Average(IEnumerable<decimal?> values)
        {
            var known = values.OfType<decimal>().ToList();
            return known.Count == 0 ? null : Math.Round(known.Average(), 4, MidpointRounding.AwayFromZero);
        }

        return new NoticeTotals(
            units.Count,
            units.Count(u => u.OpenFindings > 0),
            units.Sum(u => u.OpenFindings),
            units.Sum(u => u.ReportedFindings),
            Average(units.Where(u => u.Probes > 0).Select(u => u.AvailabilityRate)),
            units.Count(u => u.Unreachable),
            units.Sum(u => u.ColumnsMissing),
            units.Sum(u => u.ColumnsStale),
            Average(units.Select(u => u.LateRate)),
            units.Sum(u => u.Late),
            units.Sum(u => u.Missing),
            units.Sum(u => u.Concealed),
            units.Sum(u => u.Overdue),
            units.Sum(u => u.Unsynced),
            units.Sum(u => u.InvalidCodes));
    }

    private static IReadOnlyList<TypicalProblem> TypicalProblems(IReadOnlyList<NoticeUnit> units) =>
        units
            .SelectMany(u => u.Rectification.Select(item => (Unit: u, Item: item)))
            .GroupBy(x => x.Item.RuleId, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(TypicalProblemCount)
            .Select(g =>
            {
                var first = g.OrderBy(x => x.Unit.Unit, StringComparer.Ordinal).First();
                return new TypicalProblem(
                    g.Key,
                    RuleNames.Of(g.Key),
                    g.Count(),
                    g.Select(x => x.Unit).DistinctBy(u => u.Unit).OrderBy(u => u.Unit, StringComparer.Ordinal).Select(u => u.Name).ToList(),
                    NoticeText.Example(first.Unit.Name, first.Item.Summary));
            })
            .ToList();
}
