namespace HebeiCredit.Auditing.Sites.Columns;

/// <summary>One key column of a city credit portal (DOMAIN.md), with the names portals give it.</summary>
/// <param name="Id">Stable id, the subject of the column findings: "repair", "double-publicity".</param>
/// <param name="Name">The Chinese name findings use: 信用修复.</param>
/// <param name="Synonyms">Link texts that name the column, the name first; matched after normalising.</param>
public sealed record KeyColumn(string Id, string Name, IReadOnlyList<string> Synonyms, ColumnKind Kind, bool Required);
