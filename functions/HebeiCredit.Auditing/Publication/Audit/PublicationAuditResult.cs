using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Publication.Rates;

namespace HebeiCredit.Auditing.Publication.Audit;

/// <summary>
/// The cross-record findings of one unit (PUB-LATE, PUB-MISSING, PUB-CONCEALED, PUB-DUPLICATE, and PUB-INVALID-FIELD
/// for a decision date the calendar does not cover) and its rates. The row findings of
/// <see cref="Records.PublicationRowReader"/> are not repeated here; store both.
/// </summary>
/// <param name="Total">The unit as a whole.</param>
/// <param name="ByDepartment">One row per department (数据来源单位, else the deciding authority), by name.</param>
/// <param name="ByKind">One row per kind present (许可, 处罚).</param>
public sealed record PublicationAuditResult(
    IReadOnlyList<Finding> Findings,
    PublicationRates Total,
    IReadOnlyList<PublicationRates> ByDepartment,
    IReadOnlyList<PublicationRates> ByKind);
