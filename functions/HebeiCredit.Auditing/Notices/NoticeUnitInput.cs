using HebeiCredit.Auditing.Publication.Rates;

namespace HebeiCredit.Auditing.Notices;

/// <summary>What the stores hold about one unit at the cut-off, gathered by the infrastructure.</summary>
/// <param name="Rates">The unit's total 双公示 rates (scope 全部); null when it delivered no files.</param>
public sealed record NoticeUnitInput(
    string Unit,
    string Name,
    UnitAvailability? Availability,
    PublicationRates? Rates,
    IReadOnlyList<NoticeFinding> Findings);
