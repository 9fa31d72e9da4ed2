namespace HebeiCredit.Auditing.Notices;

/// <summary>One unit's row of the notice's table, its score and rank, its re-inspection and its 整改清单.</summary>
/// <param name="ColumnsMissing">Open WEB-COLUMN-MISSING, WEB-COLUMN-BROKEN, WEB-COLUMN-BLANK and WEB-REPAIR-GUIDE-MISSING findings.</param>
/// <param name="ColumnsStale">Open WEB-COLUMN-STALE and WEB-HOME-STALE findings.</param>
/// <param name="Overdue">Open EXP-* findings (超期公示, 违规撤下, 不应公示).</param>
/// <param name="Unsynced">Open REP-* findings (修复结果未同步).</param>
/// <param name="InvalidCodes">Open PUB-INVALID-CODE findings.</param>
public sealed record NoticeUnit(
    string Unit,
    string Name,
    int Rank,
    decimal Score,
    int Probes,
    decimal? AvailabilityRate,
    bool Unreachable,
    int ColumnsMissing,
    int ColumnsStale,
    decimal? LateRate,
    decimal? MissingRate,
    decimal? ConcealedRate,
    int Late,
    int Missing,
    int Concealed,
    int Overdue,
    int Unsynced,
    int InvalidCodes,
    int OpenFindings,
    int ReportedFindings,
    ReInspectionCounts ReInspection,
    IReadOnlyList<RectificationItem> Rectification);
