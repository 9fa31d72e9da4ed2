using System.Globalization;

namespace HebeiCredit.Simulation.Publication;

/// <summary>A cell as a CSV file or a text-typed workbook shows it: dates in the unit's format, times to the second, amounts in 万元.</summary>
internal static class CellText
{
    public static string Of(object? cell, string dateFormat) => cell switch
    {
        null => string.Empty,
        string text => text,
        DateOnly date => date.ToString(dateFormat, CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        decimal amount => amount.ToString("0.##", CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"Unsupported cell {cell.GetType()}", nameof(cell)),
    };
}
