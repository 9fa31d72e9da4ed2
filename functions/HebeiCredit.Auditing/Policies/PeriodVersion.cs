namespace HebeiCredit.Auditing.Policies;

/// <summary>
/// One version of the publication-period rules (e.g. 58号令 from 2023-05-01): its classes and periods, what is not
/// published, early stop, and the local sync window after a national repair.
/// </summary>
/// <param name="Id">Short and stable (e.g. 58号令): a finding's <see cref="Findings.PolicyClause.Version"/>.</param>
/// <param name="AuthorityMarkers">When set, the version covers only authorities whose name contains one (e.g.
/// 市场监督管理 for 总局令第45号), and wins over the general versions for them.</param>
/// <param name="Classes">Tried in order; the first whose condition holds applies, else <see cref="DefaultClass"/>.</param>
/// <param name="DefaultReason">Why a record no condition decides falls into <see cref="DefaultClass"/>, in Chinese.</param>
/// <param name="NoEarlyStop">Records matching one may not be taken down before the maximum, repaired or not.</param>
/// <param name="Note">What is unconfirmed or read by this system; not shown to cities.</param>
public sealed record PeriodVersion(
    string Id,
    DateOnly EffectiveFrom,
    string Document,
    string DefaultClass,
    string DefaultReason,
    IReadOnlyList<PeriodClass> Classes,
    bool EarlyStopRequiresRepair,
    int SyncWorkingDays,
    string SyncClause,
    IReadOnlyList<string>? AuthorityMarkers = null,
    IReadOnlyList<LongerMinimum>? LongerMinimums = null,
    IReadOnlyList<PenaltyCondition>? NoEarlyStop = null,
    string? Note = null)
{
    public bool IsScoped => AuthorityMarkers is { Count: > 0 };

    public bool CoversAuthority(string? authority) =>
        !IsScoped || (authority is not null && AuthorityMarkers!.Any(m => authority.Contains(m, StringComparison.Ordinal)));

    public PeriodClass ClassNamed(string name) => Classes.First(c => string.Equals(c.Name, name, StringComparison.Ordinal));
}
