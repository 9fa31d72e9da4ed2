namespace HebeiCredit.Infrastructure.Exports;

/// <summary>
/// Neutralises spreadsheet formula injection (CSV injection) in text that goes into an exported cell.
/// </summary>
/// <remarks>
/// <para>The rule, after the OWASP CSV-injection advice: a cell whose first character is <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, a tab (U+0009) or a carriage return (U+000D) gets a leading apostrophe (<c>'</c>). Excel, WPS and
/// LibreOffice then show the cell as text and never evaluate it, whether the file is CSV or .xlsx re-saved as CSV.</para>
/// <para>Any other text is returned unchanged, character for character; <c>null</c> becomes the empty string.
/// A value that merely looks like a negative number (<c>-5</c>) is neutralised too: the exports carry text, not
/// figures, so a city sees <c>'-5</c> in a text cell rather than a formula risk.</para>
/// </remarks>
public static class SpreadsheetText
{
    /// <summary>The first characters that make a spreadsheet read a cell as a formula (or shift it into one).</summary>
    public static readonly IReadOnlySet<char> Triggers = new HashSet<char> { '=', '+', '-', '@', '\t', '\r' };

    public const char Escape = '\'';

    public static string Neutralise(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty
        : Triggers.Contains(text[0]) ? Escape + text
        : text;
}
