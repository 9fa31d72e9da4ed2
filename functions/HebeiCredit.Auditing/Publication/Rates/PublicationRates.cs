using System.Globalization;

namespace HebeiCredit.Auditing.Publication.Rates;

/// <summary>
/// The 双公示 figures of a unit, or of one department or kind within it (DOMAIN.md; the definitions are this
/// system's): 迟报率 = late / reported, 漏报率 = ledger decisions missing / ledger decisions, 瞒报率 = concealed /
/// decisions known from a source. A rate is null when its denominator is 0, and rounded to 4 decimal places.
/// </summary>
/// <param name="Department">Set for a department's row; null otherwise.</param>
/// <param name="Kind">Set for a kind's row; null otherwise.</param>
/// <param name="Decisions">Distinct decisions known from any upload.</param>
/// <param name="LedgerDecisions">Distinct decisions in the unit's ledger.</param>
/// <param name="Reported">Distinct decisions the platform received.</param>
/// <param name="OnTime">Reported on or before the deadline.</param>
/// <param name="Late">Reported after the deadline.</param>
/// <param name="Missing">In the ledger, not reported, deadline passed.</param>
/// <param name="Pending">In the ledger, not reported, deadline not yet passed (not counted as missing).</param>
/// <param name="SourceDecisions">Distinct decisions known from an independent source.</param>
/// <param name="Concealed">Known from a source, in neither the ledger nor the platform.</param>
/// <param name="Invalid">Rows flagged by the row check, plus decisions whose deadline the calendar could not compute.</param>
public sealed record PublicationRates(
    string Unit,
    string? Department,
    DecisionKind? Kind,
    int Decisions,
    int LedgerDecisions,
    int Reported,
    int OnTime,
    int Late,
    int Missing,
    int Pending,
    int SourceDecisions,
    int Concealed,
    int Invalid)
{
    /// <summary>迟报率</summary>
    public decimal? LateRate => Ratio(Late, Reported);

    /// <summary>漏报率</summary>
    public decimal? MissingRate => Ratio(Missing, LedgerDecisions);

    /// <summary>瞒报率</summary>
    public decimal? ConcealedRate => Ratio(Concealed, SourceDecisions);

    /// <summary>What the row covers, in Chinese: 全部, the department, or 行政许可 / 行政处罚.</summary>
    public string Scope => Department ?? (Kind is { } kind ? DecisionKindNames.Chinese(kind) : "全部");

    /// <summary>One line for a table or a notice; a rate with no denominator shows as “—”.</summary>
    public string Describe() =>
        $"{Unit} {Scope}：决定{Decisions}件，台账{LedgerDecisions}件，已报送{Reported}件（按时{OnTime}件、迟报{Late}件），"
        + $"漏报{Missing}件，待报{Pending}件，独立来源{SourceDecisions}件（瞒报{Concealed}件），无效{Invalid}条；"
        + $"迟报率{Percent(LateRate)}，漏报率{Percent(MissingRate)}，瞒报率{Percent(ConcealedRate)}";

    private static decimal? Ratio(int part, int whole) =>
        whole == 0 ? null : Math.Round((decimal)part / whole, 4, MidpointRounding.AwayFromZero);

    private static string Percent(decimal? rate) =>
        rate is { } r ? (r * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%" : "—";
}
