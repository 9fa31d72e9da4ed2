using System.Text;
using System.Text.RegularExpressions;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using System.Text.Json;
using HebeiCredit.Auditing.Notices;
using HebeiCredit.Auditing.Sites;
using HebeiCredit.Infrastructure.Notices;
using HebeiCredit.Infrastructure.Sites;
using HebeiCredit.Infrastructure.Storage;

namespace HebeiCredit.Infrastructure.Overview;

/// <summary>
/// The overview site in the $web container (the storage account's static website): every notice file of
/// notices/{period}/ is mirrored to $web/notices/{period}/ and index.html links them all. The notices container
/// stays private; $web is what the static website serves, so a copy is what a browser can open (a SAS link
/// would expire and put a credential in a page). Copies carry their source's ETag, so an unchanged file is not
/// copied again, and a file gone from notices/ is removed from $web.
/// </summary>
public sealed partial class OverviewService
{
    public const string WebFolder = "notices";
    public const string IndexBlob = "index.html";
    private const string SourceETag = "sourceetag";

    private readonly BlobContainerClient notices;
    private readonly BlobContainerClient web;
    private readonly SiteRegistryLoader registry;
    private readonly TimeProvider clock;

    public OverviewService(StorageClients clients, SiteRegistryLoader registry, TimeProvider clock)
        : this(clients, registry, clock, StorageNames.NoticesContainer, StorageNames.WebContainer)
    {
    }

    internal OverviewService(StorageClients clients, SiteRegistryLoader registry, TimeProvider clock, string noticesContainer, string webContainer)
    {
        notices = clients.Blobs.GetBlobContainerClient(noticesContainer);
        web = clients.Blobs.GetBlobContainerClient(webContainer);
        this.registry = registry;
        this.clock = clock;
    }

    /// <summary>Mirrors the notices into $web and rewrites index.html; returns the files the index links.</summary>
    public async Task<IReadOnlyList<OverviewFile>> BuildAsync(CancellationToken cancellationToken)
    {
        await notices.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await web.CreateIfNotExistsAsync(cancellationToken: cancellationToken);

        var files = new List<OverviewFile>();
        var sources = new Dictionary<string, BlobItem>(StringComparer.Ordinal);
        await foreach (var blob in notices.GetBlobsAsync(cancellationToken: cancellationToken))
        {
            var slash = blob.Name.IndexOf('/');
            if (slash <= 0 || slash == blob.Name.Length - 1)
            {
                continue;
            }

            var path = blob.Name[(slash + 1)..];
            var file = new OverviewFile(blob.Name[..slash], path, UnitOf(path), blob.Properties.ContentLength ?? 0, blob.Properties.LastModified ?? default);
            files.Add(file);
            sources[file.WebPath] = blob;
        }

        var copies = new Dictionary<string, BlobItem>(StringComparer.Ordinal);
        await foreach (var blob in web.GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, WebFolder + "/", cancellationToken))
        {
            copies[blob.Name] = blob;
        }

        foreach (var (webPath, source) in sources)
        {
            var etag = source.Properties.ETag?.ToString();
            if (copies.TryGetValue(webPath, out var copy) && copy.Metadata.TryGetValue(SourceETag, out var copied) && copied == etag)
            {
                continue;
            }

            var download = await notices.GetBlobClient(source.Name).DownloadStreamingAsync(cancellationToken: cancellationToken);
            await using var content = download.Value.Content;
            await web.GetBlobClient(webPath).UploadAsync(content, new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = ContentTypeOf(webPath) ?? download.Value.Details.ContentType },
                Metadata = new Dictionary<string, string> { [SourceETag] = etag ?? string.Empty },
            }, cancellationToken);
        }

        foreach (var stale in copies.Keys.Where(name => !sources.ContainsKey(name)))
        {
            await web.DeleteBlobIfExistsAsync(stale, cancellationToken: cancellationToken);
        }

        var page = OverviewPage.Render(files, await UnitNamesAsync(cancellationToken), await RankingsAsync(sources, cancellationToken), clock.GetUtcNow());
        await web.GetBlobClient(IndexBlob).UploadAsync(new BinaryData(Encoding.UTF8.GetBytes(page)), new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "text/html; charset=utf-8", CacheControl = "no-cache" },
        }, cancellationToken);
        return files;
    }

    /// <summary>The unit a notice file is for: a path segment, or a token of the file name, that is a Hebei unit code.</summary>
    internal static string? UnitOf(string path)
    {
        var segments = path.Split('/');
        if (segments[..^1].FirstOrDefault(s => UnitCode().IsMatch(s)) is { } folder)
        {
            return folder;
        }

        var token = UnitToken().Match(Path.GetFileNameWithoutExtension(segments[^1]));
        return token.Success ? token.Value : null;
    }

    /// <summary>Each period's units as its notice.json ranks them, to link each unit to its part of notice.html.</summary>
    private async Task<IReadOnlyDictionary<string, IReadOnlyList<NoticeUnit>>> RankingsAsync(Dictionary<string, BlobItem> sources, CancellationToken cancellationToken)
    {
        var rankings = new Dictionary<string, IReadOnlyList<NoticeUnit>>(StringComparer.Ordinal);
        foreach (var source in sources.Values.Where(b => b.Name.EndsWith($"/{NoticeService.FileStem}.json", StringComparison.Ordinal) && b.Name.Count(c => c == '/') == 1))
        {
            try
            {
                var model = NoticeJson.Read((await notices.GetBlobClient(source.Name).DownloadContentAsync(cancellationToken)).Value.Content);
                rankings[source.Name[..source.Name.IndexOf('/')]] = model.Units;
            }
            catch (Exception e) when (e is JsonException or InvalidDataException or NotSupportedException)
            {
                // A notice.json this version cannot read still gets its files listed, only not its units.
            }
        }

        return rankings;
    }

    // The overview must not fail for want of a registry: units are then shown by their codes.
    private async Task<IReadOnlyDictionary<string, string>> UnitNamesAsync(CancellationToken cancellationToken)
    {
        try
        {
            return (await registry.LoadAsync(cancellationToken)).Sites.ToDictionary(s => s.Unit, s => s.Name, StringComparer.Ordinal);
        }
        catch (SiteRegistryException)
        {
            return new Dictionary<string, string>();
        }
    }

    // By extension, so a browser opens the copy right whatever type the writer set; other files keep their own.
    private static string? ContentTypeOf(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".html" or ".htm" => "text/html; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".pdf" => "application/pdf",
        ".png" => "image/png",
        ".svg" => "image/svg+xml",
        _ => null,
    };

    [GeneratedRegex(@"^13\d{2}(\d{2})?$")]
    private static partial Regex UnitCode();

    [GeneratedRegex(@"(?<![0-9])13\d{2}(\d{2})?(?![0-9])")]
    private static partial Regex UnitToken();
}
