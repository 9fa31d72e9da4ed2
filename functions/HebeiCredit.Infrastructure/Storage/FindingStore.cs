using Azure.Data.Tables;
using HebeiCredit.Auditing.Findings;

namespace HebeiCredit.Infrastructure.Storage;

/// <summary>
/// Table Findings, partitioned by unit and keyed by the finding's stable key: a re-run updates a finding, never
/// duplicates it. An audit that no longer sees an open finding of the rules it ran marks it fixed.
/// </summary>
public sealed class FindingStore
{
    private readonly TableClient table;
    private readonly CreateOnce create;

    public FindingStore(StorageClients clients)
    {
        table = clients.Tables.GetTableClient(StorageNames.FindingsTable);
        create = new CreateOnce(ct => table.CreateIfNotExistsAsync(ct));
    }

    /// <param name="rulePrefix">The rules this audit ran (e.g. "WEB-"): only their findings can be confirmed fixed by it.</param>
    public async Task RecordAuditAsync(string unit, string rulePrefix, IReadOnlyList<Finding> findings, string runId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await create.EnsureAsync(cancellationToken);
        var existing = new Dictionary<string, TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == unit, cancellationToken: cancellationToken))
        {
            if (row.GetString("RuleId")?.StartsWith(rulePrefix, StringComparison.Ordinal) == true)
            {
                existing[row.RowKey] = row;
            }
        }

        foreach (var finding in findings)
        {
            var previous = existing.GetValueOrDefault(finding.Key);
            await table.UpsertEntityAsync(FindingEntity.From(finding, previous, runId, now), TableUpdateMode.Replace, cancellationToken);
        }

        var seen = findings.Select(f => f.Key).ToHashSet();
        foreach (var gone in existing.Values.Where(row => !seen.Contains(row.RowKey) && FindingEntity.IsOpen(row)))
        {
            gone[FindingEntity.StatusColumn] = nameof(FindingStatus.Fixed);
            gone["FixedAt"] = now;
            gone["FixedByRun"] = runId;
            await table.UpdateEntityAsync(gone, gone.ETag, TableUpdateMode.Replace, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<StoredFinding>> ListAsync(string unit, CancellationToken cancellationToken)
    {
        await create.EnsureAsync(cancellationToken);
        var rows = new List<StoredFinding>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == unit, cancellationToken: cancellationToken))
        {
            rows.Add(FindingEntity.ToStored(row));
        }

        return rows;
    }
}
