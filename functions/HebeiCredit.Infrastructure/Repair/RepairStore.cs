using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using HebeiCredit.Auditing.Repair;
using HebeiCredit.Infrastructure.Storage;

namespace HebeiCredit.Infrastructure.Repair;

/// <summary>
/// Table Repairs: the national repair decisions uploaded so far, one row per 文书号 (normalised) and repair date, so the
/// daily period audit sees every repair, not only the latest file's. The same decision uploaded again replaces its row.
/// </summary>
public sealed class RepairStore
{
    private const string Partition = "national";
    private const int BatchSize = 100;
    private readonly TableClient table;
    private readonly CreateOnce create;

    public RepairStore(StorageClients clients)
    {
        table = clients.Tables.GetTableClient(StorageNames.RepairsTable);
        create = new CreateOnce(ct => table.CreateIfNotExistsAsync(ct));
    }

    public async Task UpsertAsync(IReadOnlyList<RepairDecision> repairs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repairs);
        await create.EnsureAsync(cancellationToken);
        var rows = repairs.GroupBy(r => RowKey(r)).Select(g => g.Last()).Select(r => new TableEntity(Partition, RowKey(r))
        {
            ["DocumentKey"] = r.Document.Key,
            ["RepairedOn"] = r.RepairedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Decision"] = JsonSerializer.Serialize(r, StorageJson.Options),
        });
        foreach (var chunk in rows.Chunk(BatchSize))
        {
            await table.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), cancellationToken);
        }
    }

    public async Task<IReadOnlyList<RepairDecision>> ListAsync(CancellationToken cancellationToken)
    {
        await create.EnsureAsync(cancellationToken);
        var repairs = new List<RepairDecision>();
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), cancellationToken: cancellationToken))
        {
            repairs.Add(JsonSerializer.Deserialize<RepairDecision>(row.GetString("Decision"), StorageJson.Options)!);
        }

        return repairs;
    }

    /// <summary>Row keys may not hold '/', '#', '?' or control characters, which a 文书号 can: the key is hashed.</summary>
    private static string RowKey(RepairDecision repair) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(repair.Document.Key)).AsSpan(0, 16))
        + "_" + repair.RepairedOn.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
}
