using HebeiCredit.Auditing.Publication.History;
using HebeiCredit.Auditing.Publication.Records;
using HebeiCredit.Auditing.Repair;
using HebeiCredit.Auditing.Time;

namespace HebeiCredit.Auditing.Publication.Periods;

/// <summary>
/// A penalty record's history on the unit's site with its classification and its national repair (the earliest
/// repair decision for its 文书号 made by the latest look at the site, if any).
/// </summary>
internal sealed record JudgedPenalty(PublishedHistory History, PenaltyClassification Classification, RepairDecision? Repair)
{
    /// <summary>The date of the latest complete look at the unit's list (China time).</summary>
    public DateOnly ObservedOn => ChinaTime.DateOf(History.ObservedAt);

    /// <summary>
    /// The date the record was last seen (China time). A taken-down record is dated by it: it was shown through that
    /// day and gone by the next look, so with daily crawls the removal is known to the day.
    /// </summary>
    public DateOnly LastSeenOn => ChinaTime.DateOf(History.LastSeen);

    public string Subject => History.Record.Document?.Key ?? $"{History.Record.File}#{History.Record.Row}";

    public string Document => History.Record.Document?.Original ?? $"{History.Record.File}第{History.Record.Row}行";

    /// <summary>
    /// The end the record may be taken down after without a repair: the maximum period's, or the record's own
    /// 公示截止期 when that is earlier (the authority set a shorter period; the minimum still holds, see EXP-EARLY-REMOVAL).
    /// </summary>
    public DateOnly? StopAllowedAfter =>
        History.Record.PublicationEnd is { } own && own != PublicationRecord.OpenEnded && (Classification.MaxEnd is not { } max || own < max)
            ? own
            : Classification.MaxEnd;

    /// <summary>Taken down (no longer shown) without a national repair decided by the time the removal was seen.</summary>
    public bool RemovedWithoutRepair => !History.Shown && Repair is null;
}
