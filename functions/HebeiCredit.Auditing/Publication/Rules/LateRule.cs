using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Publication.Audit;

namespace HebeiCredit.Auditing.Publication.Rules;

/// <summary>PUB-LATE (迟报): the platform received the decision after its deadline; says by how many working days.</summary>
internal sealed class LateRule : IPublicationRule
{
    public string Id => RuleIds.PubLate;

    public IEnumerable<Finding> Evaluate(PublicationAuditContext context)
    {
        foreach (var judged in context.Decisions.Where(d => d.Status == Timeliness.Late))
        {
            var received = judged.ReportedOn!.Value;
            var reported = $"实际于{PublicationText.Date(received)}报送，";
            var (late, summaryLate) = judged.LateWorkingDays switch
            {
                > 0 and var days => ($"迟报{days}个工作日。", $"迟报{days}个工作日"),
                0 => ($"超过期限{received.DayNumber - judged.Deadline!.Value.DayNumber}天（其间均为非工作日），迟报。", "迟报"),
                _ => ($"超过期限{received.DayNumber - judged.Deadline!.Value.DayNumber}天（工作日历未覆盖，未计工作日数），迟报。", "迟报"),
            };
            yield return DecisionText.Finding(context, Id, judged,
                $"“{judged.Decision.Document}”{summaryLate}",
                DecisionText.Deadline(judged) + reported + late,
                judged.Rule!.ClauseFor(context.Policy.Version),
                DecisionText.Evidence(judged));
        }
    }
}
