using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using HebeiCredit.Auditing.Time;

namespace HebeiCredit.Infrastructure.Storage;

/// <summary>
/// Every page fetched, compressed, under evidence/{date}/{unit}/, by the SHA-256 of its bytes, with its URL, status,
/// response headers and fetch time: one pack per crawl of a site, evidence/{date}/{unit}/{HHmmss}-{run}.zip, holding
/// each page once as a deflated entry named by its SHA-256 and a manifest (pages.json) of every fetch. A blob per
/// page cost the storage service more CPU than the whole crawl's politeness window.
/// </summary>
public sealed class EvidenceStore
{
    internal const string ManifestEntry = "pages.json";
    private readonly BlobContainerClient container;
    private readonly CreateOnce create;

    public EvidenceStore(StorageClients clients)
    {
        container = clients.Blobs.GetBlobContainerClient(StorageNames.EvidenceContainer);
        create = new CreateOnce(ct => container.CreateIfNotExistsAsync(cancellationToken: ct));
    }

    /// <summary>The pack of the crawl of <paramref name="unit"/> that started at <paramref name="startedAt"/> in run <paramref name="runId"/>.</summary>
    public static string PackName(string unit, DateTimeOffset startedAt, string runId)
    {
        var china = startedAt.ToOffset(ChinaTime.Offset);
        var run = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(runId)).AsSpan(0, 4));
        return string.Create(CultureInfo.InvariantCulture, $"{china:yyyy-MM-dd}/{unit}/{china:HHmmss}-{run}.zip");
    }

    /// <summary>Starts the evidence of one crawl of one site; nothing is stored until <see cref="SiteEvidence.SaveAsync"/>.</summary>
    public SiteEvidence BeginSite(string unit, DateTimeOffset startedAt, string runId) => new(this, PackName(unit, startedAt, runId), runId);

    /// <summary>Stores a pack; the name is new for every crawl, so an existing blob means a clash, not the same evidence.</summary>
    internal async Task UploadAsync(string name, BinaryData pack, IDictionary<string, string> metadata, CancellationToken cancellationToken)
    {
        await create.EnsureAsync(cancellationToken);
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/zip" },
            Metadata = metadata,
            Conditions = new BlobRequestConditions { IfNoneMatch = Azure.ETag.All },
        };
        await container.GetBlobClient(name).UploadAsync(pack, options, cancellationToken);
    }

    /// <summary>
    /// The bytes of the page <paramref name="sha256"/> as fetched, from the pack <paramref name="blob"/> (or from a
    /// single-page gzip blob stored before packs); null when there is no such blob or page.
    /// </summary>
    public async Task<byte[]?> ReadAsync(string blob, string sha256, CancellationToken cancellationToken)
    {
        var client = container.GetBlobClient(blob);
        if (!await client.ExistsAsync(cancellationToken))
        {
            return null;
        }

        using var bytes = new MemoryStream();
        await using (var stream = await client.OpenReadAsync(cancellationToken: cancellationToken))
        {
            if (!blob.EndsWith(".zip", StringComparison.Ordinal))
            {
                await using var gzip = new GZipStream(stream, CompressionMode.Decompress);
                await gzip.CopyToAsync(bytes, cancellationToken);
                return blob.EndsWith("/" + sha256, StringComparison.Ordinal) ? bytes.ToArray() : null;
            }

            await stream.CopyToAsync(bytes, cancellationToken);
        }

        bytes.Position = 0;
        using var zip = new ZipArchive(bytes, ZipArchiveMode.Read);
        if (zip.GetEntry(sha256) is not { } entry)
        {
            return null;
        }

        using var page = new MemoryStream();
        await using (var entryStream = entry.Open())
        {
            await entryStream.CopyToAsync(page, cancellationToken);
        }

        return page.ToArray();
    }

    /// <summary>The manifest of a pack: every fetch it holds, in the order fetched.</summary>
    public async Task<IReadOnlyList<EvidencePage>> ReadManifestAsync(string blob, CancellationToken cancellationToken)
    {
        var content = (await container.GetBlobClient(blob).DownloadContentAsync(cancellationToken)).Value.Content;
        using var zip = new ZipArchive(content.ToStream(), ZipArchiveMode.Read);
        await using var manifest = zip.GetEntry(ManifestEntry)!.Open();
        return (await System.Text.Json.JsonSerializer.DeserializeAsync<List<EvidencePage>>(manifest, StorageJson.Options, cancellationToken))!;
    }
}
