using HebeiCredit.Auditing.Findings;

namespace HebeiCredit.Auditing.Publication.Periods.Rules;

/// <summary>EXP-NOT-PUBLISHABLE (不应公示): shown although its version says records of its class are not published.</summary>
internal sealed class NotPublishableRule : IPeriodRule
{
    public string Id => RuleIds.ExpNotPublishable;

    public IEnumerable<Finding> Evaluate(PeriodAuditContext context) =>
        context.Penalties
            .Where(p => p.History.Shown && !p.Classification.Class.Published)
            .Select(p => PeriodText.Finding(context, Id, p, $"“{p.Document}”不应公示",
                p.Classification.Describe() + $"{p.Classification.Class.Clause}；{PeriodText.StillShown(p)}。",
                PeriodText.ClassClause(p.Classification)));
}
