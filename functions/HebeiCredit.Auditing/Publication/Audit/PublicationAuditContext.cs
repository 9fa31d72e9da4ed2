using HebeiCredit.Auditing.Policies;

namespace HebeiCredit.Auditing.Publication.Audit;

/// <summary>What the PUB-* rules see: every decision of one unit, judged.</summary>
internal sealed record PublicationAuditContext(
    string Unit,
    IReadOnlyList<DecisionAssessment> Decisions,
    DeadlinePolicy Policy,
    DateOnly Today,
    DateTimeOffset ObservedAt);
