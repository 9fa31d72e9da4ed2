using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using HebeiCredit.Auditing.Sites;
using HebeiCredit.Auditing.Time;
using HebeiCredit.Infrastructure.Crawling;

namespace HebeiCredit.Infrastructure.Storage;

/// <summary>
/// Every page fetched, gzip-compressed and content-addressed: evidence/{date}/{unit}/{sha256 of the page bytes},
/// with its URL, status, response headers and fetch time as blob metadata.
/// </summary>
public sealed class EvidenceStore
{
    private const int MaxHeaderMetadata = 4096;
    private readonly BlobContainerClient container;
    private readonly CreateOnce create;

    public EvidenceStore(StorageClients clients)
    {
        container = clients.Blobs.GetBlobContainerClient(StorageNames.EvidenceContainer);
        create = new CreateOnce(ct => container.CreateIfNotExistsAsync(cancellationToken: ct));
    }

    public static string BlobName(DateOnly date, string unit, string sha256) => $"{date:yyyy-MM-dd}/{unit}/{sha256}";

    /// <summary>Starts the evidence of one site's crawl on <paramref name="date"/> (China Standard Time).</summary>
    public SiteEvidence BeginSite(string unit, DateOnly date) => new(this, unit, date);

    internal static DateOnly DateOf(FetchOutcome fetch) => ChinaTime.DateOf(fetch.FetchedAt);

    internal static string Sha256Of(PageBody body) => Convert.ToHexStringLower(SHA256.HashData(body.Bytes.Span));

    /// <summary>The names kept under evidence/{date}/{unit}/: one listing request per 5,000 blobs.</summary>
    internal async Task<HashSet<string>> ListNamesAsync(DateOnly date, string unit, CancellationToken cancellationToken)
    {
        await create.EnsureAsync(cancellationToken);
        var names = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var item in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, BlobName(date, unit, string.Empty), cancellationToken))
        {
            names.Add(item.Name);
        }

        return names;
    }

    /// <summary>
    /// Uploads the page unless a blob of that name exists: same hash, same bytes, so an existing blob already is the
    /// evidence. The condition is checked by the service, so two crawls storing the same page cannot overwrite each other.
    /// </summary>
    internal async Task UploadAsync(string name, FetchOutcome fetch, PageBody body, CancellationToken cancellationToken)
    {
        await create.EnsureAsync(cancellationToken);
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = fetch.ContentType ?? "application/octet-stream", ContentEncoding = "gzip" },
            Metadata = new Dictionary<string, string>
            {
                ["url"] = Uri.EscapeDataString((fetch.FinalUrl ?? fetch.Url)?.AbsoluteUri ?? ""),
                ["status"] = fetch.StatusCode?.ToString() ?? "",
                ["fetchedAt"] = fetch.FetchedAt.ToString("O"),
                ["headers"] = Headers(body),
            },
            Conditions = new BlobRequestConditions { IfNoneMatch = Azure.ETag.All },
        };
        try
        {
            await container.GetBlobClient(name).UploadAsync(BinaryData.FromBytes(Compress(body.Bytes.Span)), options, cancellationToken);
        }
        catch (Azure.RequestFailedException e) when (e.Status is 409 or 412)
        {
            // Stored since the crawl listed the day's evidence (another crawl of the same site, or a page fetched
            // after midnight on a day not listed).
        }
    }

    /// <summary>The page bytes as fetched (decompressed), or null when there is no such blob.</summary>
    public async Task<byte[]?> ReadAsync(string name, CancellationToken cancellationToken)
    {
        var blob = container.GetBlobClient(name);
        if (!await blob.ExistsAsync(cancellationToken))
        {
            return null;
        }

        await using var stream = await blob.OpenReadAsync(cancellationToken: cancellationToken);
        await using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        await gzip.CopyToAsync(bytes, cancellationToken);
        return bytes.ToArray();
    }

    private static byte[] Compress(ReadOnlySpan<byte> bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    /// <summary>Blob metadata must be ASCII: the headers as JSON, percent-encoded and capped.</summary>
    private static string Headers(PageBody body)
    {
        var json = Uri.EscapeDataString(JsonSerializer.Serialize(body.Headers.Select(h => new[] { h.Key, h.Value })));
        return json.Length <= MaxHeaderMetadata ? json : json[..MaxHeaderMetadata];
    }
}
