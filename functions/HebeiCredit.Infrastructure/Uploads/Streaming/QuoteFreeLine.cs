namespace HebeiCredit.Infrastructure.Uploads.Streaming;

/// <summary>
/// The cells of a line with no quote and no carriage return as CsvHelper reads them (<c>CsvRecords</c>): the text
/// between delimiters as it stands, an empty cell as null, as many cells as the line has.
/// </summary>
internal static class QuoteFreeLine
{
    public static string?[] Cells(string line, char delimiter)
    {
        var parts = line.Split(delimiter);
        var cells = new string?[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            cells[i] = parts[i].Length == 0 ? null : parts[i];
        }

        return cells;
    }
}
