namespace HebeiCredit.Infrastructure.Rectification;

/// <summary>The city's latest report of a fix, as the city API shows it.</summary>
internal sealed record CityRectificationView(string Action, string EvidenceUrl, DateTimeOffset ReportedAt);
