using HebeiCredit.Auditing.Policies;

namespace HebeiCredit.Auditing.Publication.Audit;

/// <summary>A decision's reporting deadline as <see cref="DeadlineJudge.Deadline"/> finds it.</summary>
/// <param name="Date">Null when the calendar does not cover the decision date plus the period.</param>
/// <param name="CalendarProblem">The calendar's message when it does not.</param>
internal readonly record struct DecisionDeadline(DeadlineRule Rule, DateOnly? Date, string? CalendarProblem);
