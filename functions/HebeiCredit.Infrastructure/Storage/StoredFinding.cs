using HebeiCredit.Auditing.Findings;

namespace HebeiCredit.Infrastructure.Storage;

/// <summary>A finding as the table keeps it: the finding itself and its life across audits.</summary>
public sealed record StoredFinding(Finding Finding, FindingStatus Status, DateTimeOffset FirstSeen, DateTimeOffset LastSeen, string LastRun, int TimesSeen);
