namespace HebeiCredit.Auditing.Notices;

/// <summary>
/// The province's 督导通报 for one period and each unit's 整改清单, with every sentence already in Chinese: the
/// .docx, .xlsx and .html writers lay it out, the .json is this record, and the next period reads it back for its
/// re-inspection and trend.
/// </summary>
/// <param name="Units">Ranked, best first.</param>
/// <param name="Situation">The paragraphs of 总体情况.</param>
/// <param name="ReInspection">Null when there is no previous notice.</param>
/// <param name="Trend">Earlier periods then this one, oldest first, at most 12.</param>
public sealed record NoticeModel(
    NoticePeriod Period,
    DateOnly IssueDate,
    int DeadlineWorkingDays,
    DateOnly Deadline,
    string Title,
    string Addressees,
    string Opening,
    IReadOnlyList<string> Situation,
    NoticeTotals Totals,
    IReadOnlyList<NoticeUnit> Units,
    string RankingMethod,
    IReadOnlyList<TypicalProblem> TypicalProblems,
    string Demand,
    string? PreviousPeriod,
    ReInspectionCounts? ReInspection,
    string ReInspectionText,
    IReadOnlyList<PeriodTrend> Trend,
    string Issuer);
