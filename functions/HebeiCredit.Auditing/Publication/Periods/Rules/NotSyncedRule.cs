using HebeiCredit.Auditing.Findings;

namespace HebeiCredit.Auditing.Publication.Periods.Rules;

/// <summary>
/// REP-NOT-SYNCED (修复未同步): repaired nationally, and still shown locally after the sync window (working days from
/// the repair decision date, of the general version in force on that date).
/// </summary>
internal sealed class NotSyncedRule : IPeriodRule
{
    public string Id => RuleIds.RepNotSynced;

    public IEnumerable<Finding> Evaluate(PeriodAuditContext context)
    {
        foreach (var penalty in context.Penalties.Where(p => p.History.Shown && p.Repair is not null))
        {
            var repair = penalty.Repair!;
            var version = context.Policy.GeneralVersionAt(repair.RepairedOn);
            var deadline = context.Calendar.AddWorkingDays(repair.RepairedOn, version.SyncWorkingDays);
            if (penalty.ObservedOn <= deadline)
            {
                continue;
            }

            var late = context.Calendar.WorkingDaysBetween(deadline, penalty.ObservedOn);
            var kind = string.IsNullOrWhiteSpace(repair.RepairKind) ? "" : $"（{repair.RepairKind.Trim()}）";
            yield return PeriodText.Finding(context, Id, penalty, $"“{penalty.Document}”修复结果未同步",
                $"“信用中国”于{PeriodText.Date(repair.RepairedOn)}作出信用修复决定{kind}，地方信用网站应在{version.SyncWorkingDays}个工作日内（至{PeriodText.Date(deadline)}）同步停止公示；"
                + $"{PeriodText.StillShown(penalty)}，" + (late > 0 ? $"超过时限{late}个工作日。" : "已过同步时限。"),
                new PolicyClause(version.Document, version.SyncClause, version.Id));
        }
    }
}
