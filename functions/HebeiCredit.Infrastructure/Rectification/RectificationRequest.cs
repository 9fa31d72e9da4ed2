namespace HebeiCredit.Infrastructure.Rectification;

/// <summary>The body of POST /api/findings/{id}/rectification.</summary>
internal sealed record RectificationRequest(string? Action, string? EvidenceUrl);
