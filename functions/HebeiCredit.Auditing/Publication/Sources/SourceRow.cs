namespace HebeiCredit.Auditing.Publication.Sources;

/// <summary>One data row of an uploaded file, as the reader hands it over.</summary>
/// <param name="Row">The 1-based row number a user sees in the file (the header is row 1 in CSV and .xlsx).</param>
/// <param name="Cells">The cells by column index; a missing or blank cell may be null.</param>
public sealed record SourceRow(int Row, IReadOnlyList<string?> Cells);
