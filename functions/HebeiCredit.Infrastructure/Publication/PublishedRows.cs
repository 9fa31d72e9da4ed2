using Azure.Data.Tables;

namespace HebeiCredit.Infrastructure.Publication;

/// <summary>A unit's rows of table PublishedRecords as read before a look is recorded (<see cref="PublishedRecordStore.ReadRowsAsync"/>).</summary>
public sealed class PublishedRows
{
    internal PublishedRows(string unit) => Unit = unit;

    public string Unit { get; }

    /// <summary>The rows by row key, each with the ETag its write is conditional on.</summary>
    internal Dictionary<string, TableEntity> Rows { get; } = new(StringComparer.Ordinal);
}
