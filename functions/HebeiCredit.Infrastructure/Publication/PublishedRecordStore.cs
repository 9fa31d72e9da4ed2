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
/// site and whether the latest complete look at the unit's list still showed it, so a removal can be detected. The
/// latest look at the site has a row of its own (when, and the page snapshots it rests on): a record it shows as the
/// look before did (same record, same place on the same page) is not written again, so a crawl of an unchanged list
/// writes one row, not one per record, and the record's last sighting is read from the look.
/// </summary>
public sealed class PublishedRecordStore
{
    private const int BatchSize = 100;
    private const int MaxAttempts = 5;
    private const string ObservedAtColumn = "ObservedAt";
    private const string ChannelColumn = "Channel";
    private const string SiteChannel = "site";
    private const string ShownColumn = "Shown";
    private const string LastSeenColumn = "LastSeen";
    private const string EvidenceColumn = "Evidence";
    private const string PagesColumn = "Pages";

    /// <summary>The site look's row key: record rows are keyed by 32 hex digits, so it cannot clash.</summary>
    private const string SiteLookKey = "look-site";

    /// <summary>Below the table service's 32K characters a string property may hold.</summary>
    private const int MaxPagesJson = 30_000;
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
        var previousLook = before.Rows.GetValueOrDefault(SiteLookKey);
        var latest = LatestLook.From(previousLook);
        var look = channels.Contains(SiteChannel) ? SiteLook(before.Unit, shown, observedAt) : null;
        var lookHoldsPages = look is not null && look.GetString(PagesColumn) != "[]";
        var writes = new List<TableTransactionAction>();
        foreach (var (rowKey, sighting) in sightings)
        {
            var previous = before.Rows.GetValueOrDefault(rowKey);
            if (lookHoldsPages && previous is not null && ShownAgainUnchanged(previous, sighting, observedAt))
            {
                continue;
            }

            writes.Add(Write(Seen(before.Unit, rowKey, sighting, previous, observedAt), previous));
        }

        foreach (var (rowKey, row) in before.Rows)
        {
            var channel = row.GetString(ChannelColumn) ?? SiteChannel;
            if (rowKey == SiteLookKey || sightings.ContainsKey(rowKey) || !channels.Contains(channel))
            {
                continue;
            }

            // A record the site already showed as taken down keeps its row: the look's row says when it was looked for.
            if (channel != SiteChannel || row.GetBoolean(ShownColumn) == true)
            {
                writes.Add(Write(new TableEntity(AsOf(row, latest)) { [ShownColumn] = false, [ObservedAtColumn] = observedAt }, row));
            }
        }

        // Last: when a look takes more than one transaction, its row is written only once all of its records are.
        if (look is not null)
        {
            writes.Add(Write(look, previousLook));
        }

        return writes;
    }

    /// <summary>
    /// True when the site shows the record again as its previous look did: shown then, the same record, on the same
    /// page (URL and SHA-256) in the same place. Only the snapshot and the time differ, and the look's row holds both.
    /// </summary>
    private static bool ShownAgainUnchanged(TableEntity previous, PublishedSighting sighting, DateTimeOffset observedAt) =>
        Channel(sighting.Evidence) == SiteChannel
        && (previous.GetString(ChannelColumn) ?? SiteChannel) == SiteChannel
        && previous.GetBoolean(ShownColumn) == true
        && previous.GetDateTimeOffset("FirstSeen") < observedAt
        && previous.GetString("Record") == JsonSerializer.Serialize(sighting.Record, StorageJson.Options)
        && WithoutLook(JsonSerializer.Deserialize<Evidence>(previous.GetString(EvidenceColumn), StorageJson.Options)!) == WithoutLook(sighting.Evidence);

    private static Evidence WithoutLook(Evidence evidence) => evidence with { SnapshotBlob = null, ObservedAt = null };

    /// <summary>The row of a look at the site: when, and each page it read (URL, SHA-256, snapshot, fetch time).</summary>
    private static TableEntity SiteLook(string unit, IReadOnlyList<PublishedSighting> shown, DateTimeOffset observedAt)
    {
        var pages = shown.Where(s => Channel(s.Evidence) == SiteChannel)
            .Select(s => new LookPage(s.Evidence.Url, s.Evidence.Sha256, s.Evidence.SnapshotBlob, s.Evidence.ObservedAt))
            .Distinct()
            .ToList();
        var json = JsonSerializer.Serialize(pages, StorageJson.Options);
        // A look too large for one property keeps no pages: then every record it shows is written in full.
        return new TableEntity(unit, SiteLookKey) { [ObservedAtColumn] = observedAt, [PagesColumn] = json.Length <= MaxPagesJson ? json : "[]" };
    }

    /// <summary>
    /// A site record's row as of the site's latest look (<paramref name="look"/>), when the row is older: a record the
    /// look showed unchanged was last seen by it, on the page of that look's snapshot.
    /// </summary>
    private static TableEntity AsOf(TableEntity row, LatestLook? look)
    {
        if (look is null || (row.GetString(ChannelColumn) ?? SiteChannel) != SiteChannel || row.GetDateTimeOffset(ObservedAtColumn) >= look.ObservedAt)
        {
            return row;
        }

        var current = new TableEntity(row) { [ObservedAtColumn] = look.ObservedAt };
        if (row.GetBoolean(ShownColumn) == true)
        {
            var evidence = JsonSerializer.Deserialize<Evidence>(row.GetString(EvidenceColumn), StorageJson.Options)!;
            var page = look.Pages.FirstOrDefault(p => p.Url == evidence.Url && p.Sha256 == evidence.Sha256);
            current[LastSeenColumn] = look.ObservedAt;
            if (page is not null)
            {
                current[EvidenceColumn] = JsonSerializer.Serialize(evidence with { SnapshotBlob = page.SnapshotBlob, ObservedAt = page.FetchedAt }, StorageJson.Options);
            }
        }

        return current;
    }

    private static TableTransactionAction Write(TableEntity next, TableEntity? previous) => previous is null
        ? new TableTransactionAction(TableTransactionActionType.Add, next)
        : new TableTransactionAction(TableTransactionActionType.UpdateReplace, next, previous.ETag);

    public async Task<IReadOnlyList<PublishedHistory>> ListAsync(string unit, CancellationToken cancellationToken)
    {
        var rows = (await ReadRowsAsync(unit, cancellationToken)).Rows;
        var look = LatestLook.From(rows.GetValueOrDefault(SiteLookKey));
        var histories = new List<PublishedHistory>();
        foreach (var row in rows.Values.Where(r => r.RowKey != SiteLookKey).Select(r => AsOf(r, look)))
        {
            histories.Add(new PublishedHistory(
                JsonSerializer.Deserialize<PublicationRecord>(row.GetString("Record"), StorageJson.Options)!,
                row.GetDateTimeOffset("FirstSeen")!.Value,
                row.GetDateTimeOffset(LastSeenColumn)!.Value,
                row.GetBoolean(ShownColumn) ?? false,
                row.GetDateTimeOffset(ObservedAtColumn)!.Value,
                JsonSerializer.Deserialize<Evidence>(row.GetString(EvidenceColumn), StorageJson.Options)!));
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
            [EvidenceColumn] = JsonSerializer.Serialize(sighting.Evidence, StorageJson.Options),
            ["FirstSeen"] = previous?.GetDateTimeOffset("FirstSeen") is { } first && first < observedAt ? first : observedAt,
            [LastSeenColumn] = observedAt,
            [ShownColumn] = true,
            [ObservedAtColumn] = observedAt,
        };

    private static string Channel(Evidence evidence) =>
        evidence.Url is null && evidence.File is { } file ? "file:" + file : SiteChannel;

    private sealed record LookPage(Uri? Url, string? Sha256, string? SnapshotBlob, DateTimeOffset? FetchedAt);

    /// <summary>The site's latest look as its row holds it: when, and the pages it read.</summary>
    private sealed record LatestLook(DateTimeOffset ObservedAt, IReadOnlyList<LookPage> Pages)
    {
        public static LatestLook? From(TableEntity? row) => row?.GetDateTimeOffset(ObservedAtColumn) is { } observedAt
            ? new(observedAt, JsonSerializer.Deserialize<List<LookPage>>(row.GetString(PagesColumn) ?? "[]", StorageJson.Options)!)
            : null;
    }

    /// <summary>Row keys may not hold '/', '#', '?' or control characters, which a 文书号 can: the key is hashed.</summary>
    private static string RowKey(string documentKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(documentKey)).AsSpan(0, 16));
}
