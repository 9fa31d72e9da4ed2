using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Publication.Audit;

namespace HebeiCredit.Auditing.Publication.Rules;

/// <summary>One cross-record PUB-* rule: its stable id, and the findings it makes of a unit's judged decisions.</summary>
internal interface IPublicationRule
{
    string Id { get; }

    IEnumerable<Finding> Evaluate(PublicationAuditContext context);
}
