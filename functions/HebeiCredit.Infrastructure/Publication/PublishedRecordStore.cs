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
    private const int MaxAttempts = 5;
    private const string ObservedAtColumn = "ObservedAt";
    private const string ChannelColumn = "Channel";
    private const string SiteChannel = "site";
    private readonly TableClient table;
    private readonly CreateOnce create;

    public PublishedRecordStore(StorageClients clients)
    {
        table = clients.Tables.GetTableClient(StorageNames.PublishedRecordsTable);
        create = new CreateOnce(ct => table.CreateIfNotExistsAsync(ct));
    }

    /// <summary>
    /// Records one complete look at the unit's penalty list, made at <paramref name="observedAt"/>: the records in
    /// <paramref name="shown"/> keep their first sighting and are last seen now; every other record of the unit last
    /// seen through the same channel is marked not shown. The channels are the crawl of the site (sightings resting on
    /// a page URL; also an empty look) and each published export file (a file covers its own records only, so a
    /// month's export never hides what the crawl saw, and a crawl never hides an old month's export). Looks are taken
    /// in the order they are recorded, so a test clock that ran ahead elsewhere cannot freeze a unit's history. A
    /// sighting without a 文书号 cannot be followed over time and is not stored.
    /// </summary>
    public async Task RecordObservationAsync(string unit, IReadOnlyList<PublishedSighting> shown, DateTimeOffset observedAt, CancellationToken cancellationToken) =>
        await RecordObservationAsync(await ReadRowsAsync(unit, cancellationToken), shown, observedAt, cancellationToken);

    /// <summary>The unit's rows as they stand before a look: a crawl reads them while it fetches the list.</summary>
    public async Task<UnitRows> ReadRowsAsync(string unit, CancellationToken cancellationToken)
    {
        await create.EnsureAsync(cancellationToken);
        return await UnitRows.ReadAsync(table, unit, _ => true, cancellationToken);
    }

    /// <summary>
    /// Records a look against the rows read before it. Every write is conditional on the row as read (added when
    /// new, replaced on its ETag otherwise): when another look at the unit wrote in between, the rows are read again
    /// and the look applied to them, so neither look is lost (applying a look twice changes nothing).
    /// </summary>
    public async Task RecordObservationAsync(UnitRows before, IReadOnlyList<PublishedSighting> shown, DateTimeOffset observedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shown);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                foreach (var chunk in Look(before, shown, observedAt).Chunk(BatchSize))
                {
                    await table.SubmitTransactionAsync(chunk, cancellationToken);
                }

                return;
            }
            catch (TableTransactionFailedException e) when (e.Status is 409 or 412 && attempt < MaxAttempts)
            {
                before = await ReadRowsAsync(before.Unit, cancellationToken);
            }
        }
    }

    private static List<TableTransactionAction> Look(UnitRows before, IReadOnlyList<PublishedSighting> shown, DateTimeOffset observedAt)
    {
        var sightings = new Dictionary<string, PublishedSighting>(StringComparer.Ordinal);
        foreach (var sighting in shown)
        {
            if (sighting.Record.Document is { } document)
            {
                sightings[RowKey(document.Key)] = sighting;
            }
        }

        var channels = shown.Count == 0 ? new HashSet<string>([SiteChannel]) : shown.Select(s => Channel(s.Evidence)).ToHashSet(StringComparer.Ordinal);
        var writes = new List<TableTransactionAction>();
        foreach (var (rowKey, sighting) in sightings)
        {
            var previous = before.Rows.GetValueOrDefault(rowKey);
            writes.Add(Write(Seen(before.Unit, rowKey, sighting, previous, observedAt), previous));
        }

        foreach (var (rowKey, row) in before.Rows)
        {
            if (!sightings.ContainsKey(rowKey) && channels.Contains(row.GetString(ChannelColumn) ?? SiteChannel))
            {
                writes.Add(Write(new TableEntity(row) { ["Shown"] = false, [ObservedAtColumn] = observedAt }, row));
            }
        }

        return writes;
    }

    private static TableTransactionAction Write(TableEntity next, TableEntity? previous) => previous is null
        ? new TableTransactionAction(TableTransactionActionType.Add, next)
        : new TableTransactionAction(TableTransactionActionType.UpdateReplace, next, previous.ETag);

    public async Task<IReadOnlyList<PublishedHistory>> ListAsync(string unit, CancellationToken cancellationToken)
    {
        await create.EnsureAsync(cancellationToken);
        var histories = new List<PublishedHistory>();
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {unit}"), cancellationToken: cancellationToken))
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

    private static TableEntity Seen(string unit, string rowKey, PublishedSighting sighting, TableEntity? previous, DateTimeOffset observedAt) =>
        new(unit, rowKey)
        {
            ["DocumentKey"] = sighting.Record.Document!.Value.Key,
            [ChannelColumn] = Channel(sighting.Evidence),
            ["Document"] = sighting.Record.Document!.Value.Original,
            ["Record"] = JsonSerializer.Serialize(sighting.Record, StorageJson.Options),
            ["Evidence"] = JsonSerializer.Serialize(sighting.Evidence, StorageJson.Options),
            ["FirstSeen"] = previous?.GetDateTimeOffset("FirstSeen") is { } first && first < observedAt ? first : observedAt,
            ["LastSeen"] = observedAt,
            ["Shown"] = true,
            [ObservedAtColumn] = observedAt,
        };

    private static string Channel(Evidence evidence) =>
        evidence.Url is null && evidence.File is { } file ? "file:" + file : SiteChannel;

    /// <summary>Row keys may not hold '/', '#', '?' or control characters, which a 文书号 can: the key is hashed.</summary>
    private static string RowKey(string documentKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(documentKey)).AsSpan(0, 16));
}
