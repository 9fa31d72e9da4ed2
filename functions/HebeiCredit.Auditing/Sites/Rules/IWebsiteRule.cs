using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Sites.Audit;

namespace HebeiCredit.Auditing.Sites.Rules;

/// <summary>One WEB-* rule: its stable id, and the findings it makes of a site's audit (none for an ordinary pass).</summary>
internal interface IWebsiteRule
{
    string Id { get; }

    IEnumerable<Finding> Evaluate(WebsiteAuditContext context);
}
