using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Publication.Records;
using HebeiCredit.Auditing.Publication.Sources;
using HebeiCredit.Infrastructure.Storage;

namespace HebeiCredit.Infrastructure.Publication;

/// <summary>
/// Table Decisions: every record read from a unit's uploads, with the findings its row raised, partitioned by unit.
/// A file delivered again replaces its own rows, so the unit's audit always runs over the latest of each file.
/// </summary>
public sealed class DecisionStore
{
    private const int BatchSize = 100;
    private readonly TableClient table;
    private readonly CreateOnce create;

    public DecisionStore(StorageClients clients)
    {
        table = clients.Tables.GetTableClient(StorageNames.DecisionsTable);
        create = new CreateOnce(ct => table.CreateIfNotExistsAsync(ct));
    }

    /// <summary>Writes one file's rows in batches as they are read, after removing what an earlier delivery of the file left.</summary>
    public async Task ReplaceFileAsync(string unit, UploadKind kind, string file, IAsyncEnumerable<(int Row, RowReadResult Result)> rows, CancellationToken cancellationToken)
    {
        await create.EnsureAsync(cancellationToken);
        var prefix = FilePrefix(kind, file);
        var stale = new List<TableTransactionAction>();
        await foreach (var old in table.QueryAsync<TableEntity>(
            e => e.PartitionKey == unit && e.RowKey.CompareTo(prefix) >= 0 && e.RowKey.CompareTo(prefix + "~") < 0, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            stale.Add(new TableTransactionAction(TableTransactionActionType.Delete, old));
            if (stale.Count == BatchSize)
            {
                await table.SubmitTransactionAsync(stale, cancellationToken);
                stale.Clear();
            }
        }

        if (stale.Count > 0)
        {
            await table.SubmitTransactionAsync(stale, cancellationToken);
        }

        var batch = new List<TableTransactionAction>();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            batch.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(unit, prefix, file, row)));
            if (batch.Count == BatchSize)
            {
                await table.SubmitTransactionAsync(batch, cancellationToken);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            await table.SubmitTransactionAsync(batch, cancellationToken);
        }
    }

    public async Task<(List<PublicationRecord> Records, List<Finding> RowFindings)> ListAsync(string unit, CancellationToken cancellationToken)
    {
        await create.EnsureAsync(cancellationToken);
        var records = new List<PublicationRecord>();
        var findings = new List<Finding>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == unit, cancellationToken: cancellationToken))
        {
            if (row.GetString("Record") is { } record)
            {
                records.Add(JsonSerializer.Deserialize<PublicationRecord>(record, StorageJson.Options)!);
            }

            findings.AddRange(JsonSerializer.Deserialize<List<Finding>>(row.GetString("Findings") ?? "[]", StorageJson.Options) ?? []);
        }

        return (records, findings);
    }

    private static TableEntity ToEntity(string unit, string prefix, string file, (int Row, RowReadResult Result) row) =>
        new(unit, $"{prefix}{row.Row:D8}")
        {
            ["File"] = file,
            ["Row"] = row.Row,
            ["Record"] = row.Result.Record is null ? null : JsonSerializer.Serialize(row.Result.Record, StorageJson.Options),
            ["Findings"] = JsonSerializer.Serialize(row.Result.Findings, StorageJson.Options),
        };

    /// <summary>Row keys may not hold '/', '#' or '?', which file names can: the file is named by a hash of its name.</summary>
    private static string FilePrefix(UploadKind kind, string file) =>
        $"{kind}_{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(file)).AsSpan(0, 8))}_";
}
