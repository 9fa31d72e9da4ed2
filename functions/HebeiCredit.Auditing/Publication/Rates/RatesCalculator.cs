using HebeiCredit.Auditing.Publication.Audit;
using HebeiCredit.Auditing.Publication.Records;
using HebeiCredit.Auditing.Publication.Sources;

namespace HebeiCredit.Auditing.Publication.Rates;

/// <summary>Counts the judged decisions and the flagged rows of a unit into <see cref="PublicationRates"/>.</summary>
internal sealed class RatesCalculator(string unit, IReadOnlyList<PublicationRecord> records, IReadOnlyList<DecisionAssessment> decisions)
{
    // A row is invalid once, whether the row check flagged it or the calendar could not time its decision.
    private readonly IReadOnlyList<PublicationRecord> _invalid = records
        .Where(r => !r.IsValid)
        .Concat(decisions.Where(d => d.CalendarProblem is not null && d.DateRecord is not null).Select(d => d.DateRecord!))
        .Distinct(ReferenceEqualityComparer.Instance)
        .Cast<PublicationRecord>()
        .ToList();

    public PublicationRates Total() => Count(null, null, decisions, _invalid);

    public IReadOnlyList<PublicationRates> ByDepartment() =>
        decisions.Select(d => d.Decision.Department)
            .Concat(_invalid.Select(r => r.Department))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(department => Count(
                department,
                null,
                decisions.Where(d => d.Decision.Department == department),
                _invalid.Where(r => r.Department == department)))
            .ToList();

    public IReadOnlyList<PublicationRates> ByKind() =>
        Enum.GetValues<DecisionKind>()
            .Where(kind => decisions.Any(d => d.Decision.Kind == kind) || _invalid.Any(r => r.Kind == kind))
            .Select(kind => Count(
                null,
                kind,
                decisions.Where(d => d.Decision.Kind == kind),
                _invalid.Where(r => r.Kind == kind)))
            .ToList();

    private PublicationRates Count(string? department, DecisionKind? kind, IEnumerable<DecisionAssessment> scope, IEnumerable<PublicationRecord> invalid)
    {
        var judged = scope.ToList();
        return new PublicationRates(
            unit,
            department,
            kind,
            Decisions: judged.Count,
            LedgerDecisions: judged.Count(d => d.Decision.In(UploadKind.Ledgers)),
            Reported: judged.Count(d => d.Decision.In(UploadKind.Platform)),
            OnTime: judged.Count(d => d.Status == Timeliness.OnTime),
            Late: judged.Count(d => d.Status == Timeliness.Late),
            Missing: judged.Count(d => d.Status == Timeliness.Missing),
            Pending: judged.Count(d => d.Status == Timeliness.Pending),
            SourceDecisions: judged.Count(d => d.Decision.In(UploadKind.Sources)),
            Concealed: judged.Count(d => d.Concealed),
            Invalid: invalid.Count());
    }
}
