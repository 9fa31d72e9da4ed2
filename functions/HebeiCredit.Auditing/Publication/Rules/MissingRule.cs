using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Publication.Audit;

namespace HebeiCredit.Auditing.Publication.Rules;

/// <summary>
/// PUB-MISSING (漏报): a decision in the unit's ledger that the platform has not received, once its deadline has
/// passed. On the deadline day itself it is still pending and not flagged.
/// </summary>
internal sealed class MissingRule : IPublicationRule
{
    public string Id => RuleIds.PubMissing;

    public IEnumerable<Finding> Evaluate(PublicationAuditContext context)
    {
        foreach (var judged in context.Decisions.Where(d => d.Status == Timeliness.Missing))
        {
            yield return DecisionText.Finding(context, Id, judged,
                $"“{judged.Decision.Document}”漏报",
                DecisionText.Deadline(judged) + $"截至{PublicationText.Date(context.Today)}省平台报送记录中仍无此决定，漏报。",
                judged.Rule!.ClauseFor(context.Policy.Version),
                DecisionText.Evidence(judged));
        }
    }
}
