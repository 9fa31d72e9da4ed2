using Azure;
using Azure.Data.Tables;
using HebeiCredit.Auditing.Findings;

namespace HebeiCredit.Infrastructure.Storage;

/// <summary>
/// Table Findings, partitioned by unit and keyed by the finding's stable key: a re-run updates a finding, never
/// duplicates it. An audit that no longer sees a finding of the rules it ran marks it fixed; a city reports fixes
/// through <see cref="ReportFixAsync"/>. Every write is conditional on the row read, so an audit and a city's
/// report racing on one finding never lose either: the loser reads again and reapplies its step.
/// </summary>
public sealed class FindingStore
{
    private const int MaxAttempts = 5;

    /// <summary>The table service's limit on one transaction.</summary>
    private const int MaxBatch = 100;

    private readonly TableClient table;
    private readonly CreateOnce create;

    public FindingStore(StorageClients clients)
    {
        table = clients.Tables.GetTableClient(StorageNames.FindingsTable);
        create = new CreateOnce(ct => table.CreateIfNotExistsAsync(ct));
    }

    /// <param name="rulePrefix">The rules this audit ran (e.g. "WEB-"): only their findings can be confirmed fixed by it.</param>
    public async Task RecordAuditAsync(string unit, string rulePrefix, IReadOnlyList<Finding> findings, string runId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await RecordAuditAsync(await ReadBaselineAsync(unit, rulePrefix, cancellationToken), findings, runId, now, cancellationToken);

    /// <summary>
    /// The unit's findings of the rules an audit runs, as they stand before it: a crawl reads them while it fetches
    /// pages, so that only writes are left when it ends. A row changed after this read (a city's report) fails its
    /// write's condition and is read again, as in <see cref="RecordAuditAsync(UnitRows, IReadOnlyList{Finding}, string, DateTimeOffset, CancellationToken)"/>.
    /// </summary>
    public async Task<UnitRows> ReadBaselineAsync(string unit, string rulePrefix, CancellationToken cancellationToken)
    {
        await create.EnsureAsync(cancellationToken);
        return await UnitRows.ReadAsync(table, unit, row => row.GetString("RuleId")?.StartsWith(rulePrefix, StringComparison.Ordinal) == true, cancellationToken);
    }

    /// <summary>Records an audit's findings against <paramref name="baseline"/>: new ones added, seen ones updated, open ones it no longer sees marked fixed.</summary>
    public async Task RecordAuditAsync(UnitRows baseline, IReadOnlyList<Finding> findings, string runId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (unit, existing) = (baseline.Unit, baseline.Rows);
        var seen = findings.Select(f => f.Key).ToHashSet();
        var steps = findings
            .Select(f => (f.Key, Step: (Func<TableEntity?, TableEntity?>)(previous => FindingEntity.Seen(f, previous, runId, now))))
            .Concat(existing.Values.Where(row => !seen.Contains(row.RowKey) && FindingEntity.IsOpen(row)).Select(gone => (Key: gone.RowKey, Step: (Func<TableEntity?, TableEntity?>)Gone)))
            .ToList();

        // One key twice cannot go in one transaction: then every row is written on its own.
        var unwritten = seen.Count == findings.Count ? await WriteBatchesAsync(steps, existing, cancellationToken) : steps;
        foreach (var (key, step) in unwritten)
        {
            await WriteAsync(unit, key, existing.GetValueOrDefault(key), step, cancellationToken);
        }

        TableEntity? Gone(TableEntity? previous) => previous is not null && FindingEntity.IsOpen(previous) ? FindingEntity.Gone(previous, runId, now) : null;
    }

    /// <summary>
    /// The audit's writes in transactions of up to 100 rows, each conditional on the row as read: added when new,
    /// replaced on its ETag else. A transaction is all or nothing, so when one fails on a condition (a city's report
    /// changed a row since it was read) its rows and those after it are returned, to be written one by one.
    /// </summary>
    private async Task<List<(string Key, Func<TableEntity?, TableEntity?> Step)>> WriteBatchesAsync(
        List<(string Key, Func<TableEntity?, TableEntity?> Step)> steps, Dictionary<string, TableEntity> existing, CancellationToken cancellationToken)
    {
        var writes = new List<(int Step, TableTransactionAction Action)>();
        for (var i = 0; i < steps.Count; i++)
        {
            var previous = existing.GetValueOrDefault(steps[i].Key);
            // A copy: a step may change the row it is given, and a failed batch hands the row as read to the single writes.
            if (steps[i].Step(previous is null ? null : new TableEntity(previous)) is { } next)
            {
                writes.Add((i, previous is null
                    ? new TableTransactionAction(TableTransactionActionType.Add, next)
                    : new TableTransactionAction(TableTransactionActionType.UpdateReplace, next, previous.ETag)));
            }
        }

        foreach (var batch in writes.Chunk(MaxBatch))
        {
            try
            {
                await table.SubmitTransactionAsync(batch.Select(w => w.Action), cancellationToken);
            }
            catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
            {
                return steps[batch[0].Step..];
            }
        }

        return [];
    }

    /// <summary>Marks a finding reported fixed by its unit. A finding already confirmed fixed is left as it is.</summary>
    public async Task<(RectificationOutcome Outcome, StoredFinding? Finding)> ReportFixAsync(string unit, string key, RectificationReport report, CancellationToken cancellationToken)
    {
        await create.EnsureAsync(cancellationToken);
        var outcome = RectificationOutcome.NotFound;
        var written = await WriteAsync(unit, key, await ReadAsync(unit, key, cancellationToken), previous =>
        {
            outcome = previous is null ? RectificationOutcome.NotFound
                : FindingEntity.Status(previous) == FindingStatus.Fixed ? RectificationOutcome.AlreadyFixed
                : RectificationOutcome.Reported;
            return outcome == RectificationOutcome.Reported ? FindingEntity.Reported(previous!, report) : null;
        }, cancellationToken);
        return (outcome, written is null ? await GetAsync(unit, key, cancellationToken) : FindingEntity.ToStored(written));
    }

    public async Task<StoredFinding?> GetAsync(string unit, string key, CancellationToken cancellationToken)
    {
        await create.EnsureAsync(cancellationToken);
        return await ReadAsync(unit, key, cancellationToken) is { } row ? FindingEntity.ToStored(row) : null;
    }

    public async Task<IReadOnlyList<StoredFinding>> ListAsync(string unit, CancellationToken cancellationToken)
    {
        await create.EnsureAsync(cancellationToken);
        var rows = new List<StoredFinding>();
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {unit}"), cancellationToken: cancellationToken))
        {
            rows.Add(FindingEntity.ToStored(row));
        }

        return rows;
    }

    private async Task<TableEntity?> ReadAsync(string unit, string key, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(unit, key, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>Applies <paramref name="step"/> (null: nothing to write) to the row, conditional on its ETag; re-reads on a conflict.</summary>
    private async Task<TableEntity?> WriteAsync(string unit, string key, TableEntity? previous, Func<TableEntity?, TableEntity?> step, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var etag = previous?.ETag;
            var next = step(previous);
            if (next is null)
            {
                return null;
            }

            try
            {
                if (etag is { } match)
                {
                    await table.UpdateEntityAsync(next, match, TableUpdateMode.Replace, cancellationToken);
                }
                else
                {
                    await table.AddEntityAsync(next, cancellationToken);
                }

                return next;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 && attempt < MaxAttempts)
            {
                previous = await ReadAsync(unit, key, cancellationToken);
            }
        }
    }
}
