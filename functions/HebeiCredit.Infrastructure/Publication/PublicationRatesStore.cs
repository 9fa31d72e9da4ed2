using System.Text.Json;
using Azure.Data.Tables;
using HebeiCredit.Auditing.Publication.Rates;
using HebeiCredit.Infrastructure.Storage;

namespace HebeiCredit.Infrastructure.Publication;

/// <summary>Table PublicationRates: the unit's latest 迟报率, 漏报率 and 瞒报率, in total, per department and per kind, for the notices.</summary>
public sealed class PublicationRatesStore
{
    private readonly TableClient table;
    private readonly CreateOnce create;

    public PublicationRatesStore(StorageClients clients)
    {
        table = clients.Tables.GetTableClient(StorageNames.PublicationRatesTable);
        create = new CreateOnce(ct => table.CreateIfNotExistsAsync(ct));
    }

    public async Task ReplaceAsync(string unit, IReadOnlyList<PublicationRates> rates, DateTimeOffset computedAt, CancellationToken cancellationToken)
    {
        await create.EnsureAsync(cancellationToken);
        await foreach (var old in table.QueryAsync<TableEntity>(e => e.PartitionKey == unit, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            await table.DeleteEntityAsync(old, cancellationToken: cancellationToken);
        }

        for (var i = 0; i < rates.Count; i++)
        {
            await table.UpsertEntityAsync(
                new TableEntity(unit, $"{i:D4}") { ["Scope"] = rates[i].Scope, ["Rates"] = JsonSerializer.Serialize(rates[i], StorageJson.Options), ["ComputedAt"] = computedAt },
                TableUpdateMode.Replace,
                cancellationToken);
        }
    }

    public async Task<IReadOnlyList<PublicationRates>> ListAsync(string unit, CancellationToken cancellationToken)
    {
        await create.EnsureAsync(cancellationToken);
        var rates = new List<PublicationRates>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == unit, cancellationToken: cancellationToken))
        {
            rates.Add(JsonSerializer.Deserialize<PublicationRates>(row.GetString("Rates"), StorageJson.Options)!);
        }

        return rates;
    }
}
