using Azure.Data.Tables;

namespace HebeiCredit.Infrastructure.Storage;

/// <summary>
/// A unit's rows of one table as read before an audit or a look records its own (<see cref="FindingStore.ReadBaselineAsync"/>,
/// <see cref="Publication.PublishedRecordStore.ReadRowsAsync"/>): each of its writes is conditional on the row as read here.
/// </summary>
public sealed class UnitRows
{
    private UnitRows(string unit) => Unit = unit;

    public string Unit { get; }

    /// <summary>The rows by row key, each with the ETag its write is conditional on.</summary>
    internal Dictionary<string, TableEntity> Rows { get; } = new(StringComparer.Ordinal);

    /// <summary>The unit's partition of <paramref name="table"/>, the rows <paramref name="keep"/> accepts.</summary>
    internal static async Task<UnitRows> ReadAsync(TableClient table, string unit, Func<TableEntity, bool> keep, CancellationToken cancellationToken)
    {
        var rows = new UnitRows(unit);
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {unit}"), cancellationToken: cancellationToken))
        {
            if (keep(row))
            {
                rows.Rows[row.RowKey] = row;
            }
        }

        return rows;
    }
}
