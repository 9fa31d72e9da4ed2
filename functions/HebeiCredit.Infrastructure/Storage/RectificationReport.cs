namespace HebeiCredit.Infrastructure.Storage;

/// <summary>A city's report that it fixed a finding (整改情况): what was done, where to see it, when, and by which unit key.</summary>
public sealed record RectificationReport(string Action, Uri EvidenceUrl, DateTimeOffset ReportedAt, string KeyId);
