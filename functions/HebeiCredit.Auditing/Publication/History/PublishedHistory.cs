using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Publication.Records;

namespace HebeiCredit.Auditing.Publication.History;

/// <summary>
/// A penalty record as a unit's credit website has shown it over time (table PublishedRecords): when it was first and
/// last seen, and whether the latest complete look at the unit's list still showed it. A record seen before and not
/// shown any more has been taken down.
/// </summary>
/// <param name="Record">The record as last seen (from the crawler's 行政处罚 list or a published upload).</param>
/// <param name="FirstSeen">When any observation first showed it.</param>
/// <param name="LastSeen">When the latest observation that showed it was made.</param>
/// <param name="Shown">True when the latest complete observation of the unit's list (at <paramref name="ObservedAt"/>) showed it.</param>
/// <param name="ObservedAt">When the latest complete observation of the unit's list was made.</param>
/// <param name="Evidence">The page snapshot or upload row the latest sighting rests on.</param>
public sealed record PublishedHistory(
    PublicationRecord Record,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    bool Shown,
    DateTimeOffset ObservedAt,
    Evidence Evidence);
