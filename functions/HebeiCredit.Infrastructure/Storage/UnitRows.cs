using Azure.Data.Tables;

namespace HebeiCredit.Infrastructure.Storage;

/// <summary>
/// A unit's rows of one table as read before an audit or a look records its own (<see cref="FindingStore.ReadBaselineAsync"/>,
/// <see cref="Publication.PublishedRecordStore.ReadRowsAsync"/>): each of its writes is conditional on the row as read here.
/// </summary>
public sealed class UnitRows
{
    internal UnitRows(string unit) => Unit = unit;

    public string Unit { get; }

    /// <summary>The rows by row key, each with the ETag its write is conditional on.</summary>
    internal Dictionary<string, TableEntity> Rows { get; } = new(StringComparer.Ordinal);
}
