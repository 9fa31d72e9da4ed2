using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Publication.Audit;
using HebeiCredit.Auditing.Publication.Headers;
using HebeiCredit.Auditing.Publication.Sources;

namespace HebeiCredit.Auditing.Publication.Rules;

/// <summary>
/// PUB-CONCEALED (瞒报): a decision known from an independent source that neither the unit's ledger nor the
/// platform holds. No deadline applies: a decision made is due in the ledger at once.
/// </summary>
internal sealed class ConcealedRule : IPublicationRule
{
    public string Id => RuleIds.PubConcealed;

    public IEnumerable<Finding> Evaluate(PublicationAuditContext context)
    {
        foreach (var judged in context.Decisions.Where(d => d.Concealed))
        {
            var sources = judged.Decision.From(UploadKind.Sources).ToList();
            var decided = judged.DecisionDate is { } date
                ? $"（{PublicationText.DecisionDateName(judged.Decision.Kind)}{PublicationText.Date(date)}）"
                : string.Empty;
            yield return DecisionText.Finding(context, Id, judged,
                $"“{judged.Decision.Document}”瞒报",
                $"{string.Join("、", sources.Select(PublicationText.Where))}载有此决定{decided}，但报送台账和省平台报送记录中均无此决定，瞒报。",
                PublicationClauses.Concealed,
                sources.Select(r => PublicationText.Evidence(r, PublicationField.DocumentNumber, r.Document?.Original)).ToList());
        }
    }
}
