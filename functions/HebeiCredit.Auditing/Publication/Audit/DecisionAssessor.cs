using HebeiCredit.Auditing.Calendar;
using HebeiCredit.Auditing.Policies;
using HebeiCredit.Auditing.Publication.Matching;
using HebeiCredit.Auditing.Publication.Sources;

namespace HebeiCredit.Auditing.Publication.Audit;

/// <summary>
/// Judges one decision: deadline = decision date + N working days (N from <see cref="DeadlinePolicy"/>); on time when
/// the earliest platform receipt is on or before the deadline; missing when it is in the ledger, unreported, and
/// today is after the deadline; concealed when a source knows it and neither the ledger nor the platform does.
/// A year the calendar lacks makes the decision unjudged with the calendar's message, never a crash or a guess.
/// </summary>
internal static class DecisionAssessor
{
    public static DecisionAssessment Assess(Decision decision, DeadlinePolicy policy, WorkingCalendar calendar, DateOnly today)
    {
        var inLedger = decision.In(UploadKind.Ledgers);
        var reported = decision.In(UploadKind.Platform);
        var concealed = decision.In(UploadKind.Sources) && !inLedger && !reported;
        var dateRecord = decision.From(UploadKind.Ledgers)
            .Concat(decision.From(UploadKind.Platform))
            .Concat(decision.From(UploadKind.Sources))
            .Concat(decision.From(UploadKind.Published))
            .FirstOrDefault(r => r.DecisionDate is not null);
        var assessment = new DecisionAssessment(decision, Timeliness.Unjudged, concealed, dateRecord);
        if (!inLedger && !reported)
        {
            return assessment with { Status = Timeliness.NotApplicable };
        }

        if (dateRecord?.DecisionDate is not { } decided)
        {
            return assessment;
        }

        var reportedOn = decision.From(UploadKind.Platform).Select(r => r.ReportedOn).Where(d => d is not null).Min();
        var judged = DeadlineJudge.Judge(decision.Kind, decision.Authority ?? decision.Department, decided, reported, reportedOn, policy, calendar, today);
        return assessment with
        {
            Status = judged.Status,
            Rule = judged.Rule,
            Deadline = judged.Deadline,
            ReportedOn = judged.ReportedOn,
            LateWorkingDays = judged.LateWorkingDays,
            CalendarProblem = judged.CalendarProblem,
        };
    }
}
