namespace HebeiCredit.Auditing.Publication.Sources;

/// <summary>One data row of an uploaded file, as its reader produced it.</summary>
/// <param name="Row">The 1-based row number as the user sees it in the file; the header row is row 1.</param>
/// <param name="Cells">The cells in file order; a ragged row has fewer or more cells than the header.</param>
public sealed record SourceRow(int Row, IReadOnlyList<string?> Cells);
