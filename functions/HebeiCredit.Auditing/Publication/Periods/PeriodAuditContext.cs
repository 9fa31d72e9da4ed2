using HebeiCredit.Auditing.Calendar;
using HebeiCredit.Auditing.Policies;

namespace HebeiCredit.Auditing.Publication.Periods;

/// <summary>What the period rules see of one unit: its judged penalty records and the audit's date.</summary>
internal sealed record PeriodAuditContext(
    string Unit,
    IReadOnlyList<JudgedPenalty> Penalties,
    PublicationPeriodPolicy Policy,
    WorkingCalendar Calendar,
    DateOnly Today,
    DateTimeOffset ObservedAt);
