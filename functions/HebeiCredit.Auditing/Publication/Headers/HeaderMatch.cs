namespace HebeiCredit.Auditing.Publication.Headers;

/// <summary>
/// The outcome of matching a file's header row: accepted with the record kind and a column per field, or rejected
/// with a Chinese message naming what was found and what was expected. A rejection is a result, not an exception.
/// </summary>
/// <param name="Kind">行政许可 or 行政处罚, recognised from the headers; null when rejected for want of it.</param>
/// <param name="Columns">The 0-based column index of each recognised field (the first column wins a tie).</param>
/// <param name="Ignored">Headers kept in the file but not read (unknown or repeated), as written.</param>
/// <param name="Rejection">Why the file cannot be read; null when accepted.</param>
public sealed record HeaderMatch(
    DecisionKind? Kind,
    IReadOnlyDictionary<PublicationField, int> Columns,
    IReadOnlyList<string> Ignored,
    string? Rejection)
{
    public bool Accepted => Rejection is null;

    public bool Has(PublicationField field) => Columns.ContainsKey(field);

    /// <summary>The standard name of a field for this file's kind, as findings name it.</summary>
    public string NameOf(PublicationField field) => FieldNames.Of(field, Kind ?? DecisionKind.Penalty);

    internal static HeaderMatch Reject(DecisionKind? kind, string message) =>
        new(kind, new Dictionary<PublicationField, int>(), [], message);
}
