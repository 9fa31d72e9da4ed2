using System.Text;

namespace HebeiCredit.Simulation.Publication;

/// <summary>Writes a comma-separated file with CRLF line ends, quoting where needed, in UTF-8 (with or without BOM) or GBK.</summary>
internal static class CsvFile
{
    public static byte[] Write(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, Encoding encoding)
    {
        var text = new StringBuilder();
        foreach (var row in rows.Prepend(headers))
        {
            text.AppendJoin(',', row.Select(Quote)).Append("\r\n");
        }

        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text.ToString())];
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
