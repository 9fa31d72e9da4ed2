using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Time;
using HebeiCredit.Infrastructure.Exports;
using HebeiCredit.Infrastructure.Storage;

namespace HebeiCredit.Infrastructure.Rectification;

/// <summary>One finding as the city API shows it: the status in Chinese beside its code, times in China Standard Time.</summary>
internal sealed record CityFindingView(
    string Id,
    string Rule,
    string Unit,
    string Status,
    string StatusText,
    string Summary,
    string Explanation,
    PolicyClause Clause,
    IReadOnlyList<Evidence> Evidence,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    CityRectificationView? Rectification,
    int ReportsRejected,
    DateTimeOffset? FixedAt,
    DateTimeOffset? ReopenedAt)
{
    public static CityFindingView From(StoredFinding stored)
    {
        var finding = stored.Finding;
        return new CityFindingView(
            finding.Key,
            finding.RuleId,
            finding.Unit,
            stored.Status.ToString(),
            FindingsExport.StatusText(stored.Status),
            finding.Summary,
            finding.Explanation,
            finding.Clause,
            finding.Evidence,
            Cst(stored.FirstSeen),
            Cst(stored.LastSeen),
            stored.Rectification is { } r ? new CityRectificationView(r.Action, r.EvidenceUrl.AbsoluteUri, Cst(r.ReportedAt)) : null,
            stored.ReportsRejected,
            stored.FixedAt is { } fixedAt ? Cst(fixedAt) : null,
            stored.ReopenedAt is { } reopenedAt ? Cst(reopenedAt) : null);
    }

    private static DateTimeOffset Cst(DateTimeOffset instant) => instant.ToOffset(ChinaTime.Offset);
}
