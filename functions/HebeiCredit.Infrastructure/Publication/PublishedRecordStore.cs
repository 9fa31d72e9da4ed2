using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Publication.History;
using HebeiCredit.Auditing.Publication.Records;
using HebeiCredit.Infrastructure.Storage;

namespace HebeiCredit.Infrastructure.Publication;

/// <summary>
/// Table PublishedRecords: per unit and normalised 文书号, when a penalty record was first and last seen on the unit's
/// site and whether the latest complete look at the unit's list still showed it, so a removal can be detected.
/// </summary>
public sealed class PublishedRecordStore
{
    private const int BatchSize = 100;
    private const string ObservedAtColumn = "ObservedAt";
    private readonly TableClient table;
    private readonly CreateOnce create;

    public PublishedRecordStore(StorageClients clients)
    {
        table = clients.Tables.GetTableClient(StorageNames.PublishedRecordsTable);
        create = new CreateOnce(ct => table.CreateIfNotExistsAsync(ct));
    }

    /// <summary>
    /// Records one complete look at the unit's penalty list: the records in <paramref name="shown"/> keep their first
    /// sighting and are seen at <paramref name="observedAt"/>; every other stored record of the unit is marked not shown.
    /// A sighting without a 文书号 cannot be followed over time and is not stored. A look older than the latest one
    /// already recorded (a late upload) only widens first and last sightings: it cannot say what is shown now.
    /// </summary>
    public async Task RecordObservationAsync(string unit, IReadOnlyList<PublishedSighting> shown, DateTimeOffset observedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shown);
        await create.EnsureAsync(cancellationToken);
        var existing = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == unit, cancellationToken: cancellationToken))
        {
            existing[row.RowKey] = row;
        }

        var latest = existing.Values.Select(r => r.GetDateTimeOffset(ObservedAtColumn)).Max();
        var isCurrent = latest is null || observedAt >= latest;
        var sightings = new Dictionary<string, PublishedSighting>(StringComparer.Ordinal);
        foreach (var sighting in shown)
        {
            if (sighting.Record.Document is { } document)
            {
                sightings[RowKey(document.Key)] = sighting;
            }
        }

        var writes = new List<TableEntity>();
        foreach (var (rowKey, sighting) in sightings)
        {
            var previous = existing.GetValueOrDefault(rowKey);
            writes.Add(Seen(unit, rowKey, sighting, previous, observedAt, isCurrent, latest));
        }

        if (isCurrent)
        {
            foreach (var (rowKey, row) in existing)
            {
                if (!sightings.ContainsKey(rowKey))
                {
                    row["Shown"] = false;
                    row[ObservedAtColumn] = observedAt;
                    writes.Add(row);
                }
            }
        }

        foreach (var chunk in writes.Chunk(BatchSize))
        {
            await table.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), cancellationToken);
        }
    }

    public async Task<IReadOnlyList<PublishedHistory>> ListAsync(string unit, CancellationToken cancellationToken)
    {
        await create.EnsureAsync(cancellationToken);
        var histories = new List<PublishedHistory>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == unit, cancellationToken: cancellationToken))
        {
            histories.Add(new PublishedHistory(
                JsonSerializer.Deserialize<PublicationRecord>(row.GetString("Record"), StorageJson.Options)!,
                row.GetDateTimeOffset("FirstSeen")!.Value,
                row.GetDateTimeOffset("LastSeen")!.Value,
                row.GetBoolean("Shown") ?? false,
                row.GetDateTimeOffset(ObservedAtColumn)!.Value,
                JsonSerializer.Deserialize<Evidence>(row.GetString("Evidence"), StorageJson.Options)!));
        }

        return histories;
    }

    private static TableEntity Seen(
        string unit, string rowKey, PublishedSighting sighting, TableEntity? previous, DateTimeOffset observedAt, bool isCurrent, DateTimeOffset? latest)
    {
        var firstSeen = previous?.GetDateTimeOffset("FirstSeen") is { } first && first < observedAt ? first : observedAt;
        var lastSeen = previous?.GetDateTimeOffset("LastSeen") is { } last && last > observedAt ? last : observedAt;
        var keepPrevious = previous is not null && lastSeen > observedAt;
        return new TableEntity(unit, rowKey)
        {
            ["DocumentKey"] = sighting.Record.Document!.Value.Key,
            ["Document"] = sighting.Record.Document!.Value.Original,
            ["Record"] = keepPrevious ? previous!.GetString("Record") : JsonSerializer.Serialize(sighting.Record, StorageJson.Options),
            ["Evidence"] = keepPrevious ? previous!.GetString("Evidence") : JsonSerializer.Serialize(sighting.Evidence, StorageJson.Options),
            ["FirstSeen"] = firstSeen,
            ["LastSeen"] = lastSeen,
            ["Shown"] = isCurrent || (previous?.GetBoolean("Shown") ?? false),
            [ObservedAtColumn] = isCurrent ? observedAt : latest!.Value,
        };
    }

    /// <summary>Row keys may not hold '/', '#', '?' or control characters, which a 文书号 can: the key is hashed.</summary>
    private static string RowKey(string documentKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(documentKey)).AsSpan(0, 16));
}
