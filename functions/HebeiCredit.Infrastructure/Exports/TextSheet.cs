namespace HebeiCredit.Infrastructure.Exports;

/// <summary>One sheet of a <see cref="TextWorkbook"/>: its name (made valid and unique), header, rows of text and column widths by header.</summary>
internal sealed record TextSheet(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, Func<string, double> ColumnWidth);
