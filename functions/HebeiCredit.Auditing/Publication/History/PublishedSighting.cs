using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Publication.Records;

namespace HebeiCredit.Auditing.Publication.History;

/// <summary>
/// A penalty record one look at a unit's site showed (a row of the crawled 行政处罚 list or of a published upload),
/// with what that look rests on: the list page snapshot (URL, blob, SHA-256) or the uploaded file and row.
/// </summary>
public sealed record PublishedSighting(PublicationRecord Record, Evidence Evidence);
