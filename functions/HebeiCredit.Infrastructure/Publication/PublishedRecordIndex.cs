using Azure.Data.Tables;
using HebeiCredit.Infrastructure.Storage;

namespace HebeiCredit.Infrastructure.Publication;

/// <summary>
/// Which units table PublishedRecords knows, and which of them hold given 文书号s: the period audit's reach, without
/// reading every record. Reads the partition keys (units) and the DocumentKey column <see cref="PublishedRecordStore"/> writes.
/// </summary>
public sealed class PublishedRecordIndex
{
    private static readonly string[] Columns = ["PartitionKey", "DocumentKey"];
    private readonly TableClient table;
    private readonly CreateOnce create;

    public PublishedRecordIndex(StorageClients clients)
    {
        table = clients.Tables.GetTableClient(StorageNames.PublishedRecordsTable);
        create = new CreateOnce(ct => table.CreateIfNotExistsAsync(ct));
    }

    /// <summary>The units whose site has shown one of the 文书号s (by normalised key).</summary>
    public async Task<IReadOnlyList<string>> UnitsHoldingAsync(IReadOnlyCollection<string> documentKeys, CancellationToken cancellationToken)
    {
        var wanted = documentKeys.ToHashSet(StringComparer.Ordinal);
        return (await ScanAsync(cancellationToken)).Where(r => r.DocumentKey is not null && wanted.Contains(r.DocumentKey))
            .Select(r => r.Unit).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    private async Task<List<(string Unit, string? DocumentKey)>> ScanAsync(CancellationToken cancellationToken)
    {
        await create.EnsureAsync(cancellationToken);
        var rows = new List<(string, string?)>();
        await foreach (var row in table.QueryAsync<TableEntity>(select: Columns, cancellationToken: cancellationToken))
        {
            rows.Add((row.PartitionKey, row.GetString("DocumentKey")));
        }

        return rows;
    }
}
