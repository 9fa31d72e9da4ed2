using HebeiCredit.Auditing.Policies;

namespace HebeiCredit.Auditing.Publication.Audit;

/// <summary>Where one decision stands against its deadline, as <see cref="DeadlineJudge"/> finds it.</summary>
/// <param name="Rule">The deadline rule applied.</param>
/// <param name="Deadline">Null when the calendar does not cover the decision date plus the period.</param>
/// <param name="ReportedOn">The earliest platform receipt; null when not reported or no receipt date was usable.</param>
/// <param name="LateWorkingDays">Working days after the deadline up to the receipt; null unless late and countable.</param>
/// <param name="CalendarProblem">The calendar's message when it does not cover the deadline.</param>
internal readonly record struct DeadlineJudgement(
    Timeliness Status,
    DeadlineRule Rule,
    DateOnly? Deadline,
    DateOnly? ReportedOn,
    int? LateWorkingDays,
    string? CalendarProblem);
