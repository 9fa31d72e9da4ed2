namespace HebeiCredit.Auditing.Notices;

/// <summary>The province's figures: the sums of the units' rows.</summary>
public sealed record NoticeTotals(
    int Units,
    int UnitsWithProblems,
    int OpenFindings,
    int ReportedFindings,
    decimal? AverageAvailability,
    int UnreachableUnits,
    int ColumnsMissing,
    int ColumnsStale,
    decimal? AverageLateRate,
    int Late,
    int Missing,
    int Concealed,
    int Overdue,
    int Unsynced,
    int InvalidCodes);
