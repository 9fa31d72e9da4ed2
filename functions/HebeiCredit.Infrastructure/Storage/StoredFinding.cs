using HebeiCredit.Auditing.Findings;

namespace HebeiCredit.Infrastructure.Storage;

/// <summary>A finding as the table keeps it: the finding itself and its life across audits and city reports.</summary>
public sealed record StoredFinding(Finding Finding, FindingStatus Status, DateTimeOffset FirstSeen, DateTimeOffset LastSeen, string LastRun, int TimesSeen)
{
    /// <summary>The city's latest report of a fix, kept after the audit confirms or contradicts it.</summary>
    public RectificationReport? Rectification { get; init; }

    public DateTimeOffset? FixedAt { get; init; }

    public DateTimeOffset? ReopenedAt { get; init; }

    /// <summary>Reports of a fix that a later audit still saw the problem after (复核未通过).</summary>
    public int ReportsRejected { get; init; }

    /// <summary>Every status change, oldest first (capped at <see cref="FindingEntity.MaxHistory"/> entries).</summary>
    public IReadOnlyList<FindingEvent> History { get; init; } = [];

    /// <summary>The status at an instant (e.g. a notice period's cut-off), or null when the finding was not yet seen.</summary>
    public FindingStatus? StatusAsOf(DateTimeOffset instant) =>
        History.LastOrDefault(e => e.At <= instant)?.Status;

    /// <summary>True when the finding is fixed and the fix had been reported by the city before the audit confirmed it.</summary>
    public bool FixConfirmsReport => Status == FindingStatus.Fixed && Rectification is { } report && FixedAt is { } fixedAt && report.ReportedAt <= fixedAt;
}
