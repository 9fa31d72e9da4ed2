using HebeiCredit.Auditing.Findings;

namespace HebeiCredit.Auditing.Publication.Records;

/// <summary>What one row gave: its record (null for a blank row, which is skipped) and the findings about it.</summary>
public sealed record RowReadResult(PublicationRecord? Record, IReadOnlyList<Finding> Findings);
