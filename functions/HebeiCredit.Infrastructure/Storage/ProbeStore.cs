using Azure.Data.Tables;
using HebeiCredit.Auditing.Sites;

namespace HebeiCredit.Infrastructure.Storage;

/// <summary>Table Probes: one row per availability probe, partitioned by unit, keyed by probe time.</summary>
public sealed class ProbeStore
{
    private readonly TableClient table;
    private readonly CreateOnce create;

    public ProbeStore(StorageClients clients)
    {
        table = clients.Tables.GetTableClient(StorageNames.ProbesTable);
        create = new CreateOnce(ct => table.CreateIfNotExistsAsync(ct));
    }

    public async Task SaveAsync(string unit, FetchOutcome probe, CancellationToken cancellationToken)
    {
        await create.EnsureAsync(cancellationToken);
        await table.UpsertEntityAsync(FetchEntity.From(unit, probe), TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>The unit's probes from <paramref name="since"/> on (all of them by default), oldest first.</summary>
    public async Task<IReadOnlyList<FetchOutcome>> ListAsync(string unit, CancellationToken cancellationToken, DateTimeOffset? since = null)
    {
        await create.EnsureAsync(cancellationToken);
        var rows = new List<FetchOutcome>();
        var from = FetchEntity.RowKey(since ?? DateTimeOffset.MinValue);
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {unit} and RowKey ge {from}"), cancellationToken: cancellationToken))
        {
            rows.Add(FetchEntity.ToOutcome(row));
        }

        return rows;
    }
}
