using HebeiCredit.Auditing.Policies;
using HebeiCredit.Auditing.Publication.Matching;
using HebeiCredit.Auditing.Publication.Records;

namespace HebeiCredit.Auditing.Publication.Audit;

/// <summary>One decision judged against its deadline; the rules word it, the rates count it.</summary>
/// <param name="DateRecord">The record whose decision date was used.</param>
/// <param name="LateWorkingDays">Working days after the deadline up to the report; null when the calendar could not count them.</param>
/// <param name="CalendarProblem">The calendar's message when it does not cover the dates needed.</param>
internal sealed record DecisionAssessment(
    Decision Decision,
    Timeliness Status,
    bool Concealed,
    PublicationRecord? DateRecord = null,
    DeadlineRule? Rule = null,
    DateOnly? Deadline = null,
    DateOnly? ReportedOn = null,
    int? LateWorkingDays = null,
    string? CalendarProblem = null)
{
    public DateOnly? DecisionDate => DateRecord?.DecisionDate;
}
