using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Publication.Audit;
using HebeiCredit.Auditing.Publication.Headers;

namespace HebeiCredit.Auditing.Publication.Rules;

/// <summary>
/// PUB-INVALID-FIELD for a decision date whose deadline the working-day calendar cannot compute (its year, or the
/// next, has no State Council notice in the data). The decision is not timed; nothing is guessed.
/// </summary>
internal sealed class CalendarGapRule : IPublicationRule
{
    public string Id => RuleIds.PubInvalidField;

    public IEnumerable<Finding> Evaluate(PublicationAuditContext context)
    {
        foreach (var judged in context.Decisions.Where(d => d.CalendarProblem is not null))
        {
            var record = judged.DateRecord!;
            var field = FieldNames.Of(PublicationField.DecisionDate, record.Kind);
            yield return new Finding(
                Id,
                context.Unit,
                $"{record.File}#{record.Row}#{field}",
                $"“{record.File}”第{record.Row}行“{field}”无法计算报送期限",
                $"{PublicationText.Where(record)}“{field}”{PublicationText.Date(record.DecisionDate!.Value)}：{judged.CalendarProblem}，无法计算报送期限，未作时限审核。",
                judged.Rule!.ClauseFor(context.Policy.Version),
                [PublicationText.Evidence(record, PublicationField.DecisionDate, PublicationText.Date(record.DecisionDate!.Value))],
                context.ObservedAt);
        }
    }
}
