using HebeiCredit.Auditing.Calendar;
using HebeiCredit.Auditing.Policies;

namespace HebeiCredit.Auditing.Publication.Audit;

/// <summary>
/// The PUB-LATE / PUB-MISSING rule on one decision whose date is known: deadline = decision date + N working days
/// (N from <see cref="DeadlinePolicy"/>); on time when the earliest receipt is on or before the deadline, late after
/// it; unreported is missing once <c>today</c> is past the deadline and pending until then. Both the whole-unit audit
/// (<see cref="DecisionAssessor"/>) and the streaming tally (<see cref="Streaming.TimelinessTally"/>) judge through here.
/// </summary>
internal static class DeadlineJudge
{
    /// <param name="authority">The normalised deciding authority (else the department) the policy matches on.</param>
    /// <param name="reported">Whether any platform record of the decision exists.</param>
    /// <param name="earliestReceipt">The earliest usable 报送时间 among those records.</param>
    public static DeadlineJudgement Judge(
        DecisionKind kind,
        string? authority,
        DateOnly decided,
        bool reported,
        DateOnly? earliestReceipt,
        DeadlinePolicy policy,
        WorkingCalendar calendar,
        DateOnly today) =>
        Judge(Deadline(kind, authority, decided, policy, calendar), reported, earliestReceipt, calendar, today);

    /// <summary>The rule and deadline of a decision: the part of the judgement that depends on the decision alone.</summary>
    public static DecisionDeadline Deadline(DecisionKind kind, string? authority, DateOnly decided, DeadlinePolicy policy, WorkingCalendar calendar)
    {
        var rule = policy.For(kind, authority, decided);
        try
        {
            return new DecisionDeadline(rule, calendar.AddWorkingDays(decided, rule.WorkingDays), null);
        }
        catch (CalendarYearNotCoveredException ex)
        {
            return new DecisionDeadline(rule, null, ex.Message);
        }
    }

    /// <param name="deadline">The decision's <see cref="Deadline"/>.</param>
    public static DeadlineJudgement Judge(DecisionDeadline deadline, bool reported, DateOnly? earliestReceipt, WorkingCalendar calendar, DateOnly today)
    {
        var rule = deadline.Rule;
        if (deadline.Date is not { } due)
        {
            return new DeadlineJudgement(Timeliness.Unjudged, rule, null, null, null, deadline.CalendarProblem);
        }

        if (!reported)
        {
            return new DeadlineJudgement(today > due ? Timeliness.Missing : Timeliness.Pending, rule, due, null, null, null);
        }

        if (earliestReceipt is not { } received)
        {
            return new DeadlineJudgement(Timeliness.Unjudged, rule, due, null, null, null);
        }

        if (received <= due)
        {
            return new DeadlineJudgement(Timeliness.OnTime, rule, due, received, null, null);
        }

        try
        {
            return new DeadlineJudgement(Timeliness.Late, rule, due, received, calendar.WorkingDaysBetween(due, received), null);
        }
        catch (CalendarYearNotCoveredException)
        {
            // Late either way; only the count of working days is beyond the calendar.
            return new DeadlineJudgement(Timeliness.Late, rule, due, received, null, null);
        }
    }
}
