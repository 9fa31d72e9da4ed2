using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using HebeiCredit.Auditing.Sites;
using HebeiCredit.Infrastructure.Crawling;

namespace HebeiCredit.Infrastructure.Storage;

/// <summary>
/// The evidence pack of one crawl of one site, built in memory as pages arrive (each distinct page deflated once)
/// and stored in one request by <see cref="SaveAsync"/> when the crawl ends, before its findings are recorded.
/// </summary>
public sealed class SiteEvidence
{
    private readonly EvidenceStore store;
    private readonly string runId;
    private readonly Lock gate = new();
    private readonly MemoryStream buffer = new();
    private readonly ZipArchive zip;
    private readonly HashSet<string> entries = new(StringComparer.Ordinal);
    private readonly List<EvidencePage> manifest = [];
    private Task? saved;

    internal SiteEvidence(EvidenceStore store, string blobName, string runId)
    {
        this.store = store;
        this.runId = runId;
        BlobName = blobName;
        zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true);
    }

    /// <summary>The pack's name inside the evidence container: what a finding's evidence names as its snapshot.</summary>
    public string BlobName { get; }

    /// <returns>The SHA-256 of the page bytes, in lower-case hex: the page's entry in the pack.</returns>
    public string Add(FetchOutcome fetch, PageBody body)
    {
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(body.Bytes.Span));
        var page = new EvidencePage(sha256, fetch.Url, fetch.FinalUrl, fetch.StatusCode, fetch.ContentType, body.Headers.Select(h => new[] { h.Key, h.Value }).ToList(), fetch.FetchedAt);
        lock (gate)
        {
            if (saved is not null)
            {
                throw new InvalidOperationException($"The evidence pack {BlobName} is already stored.");
            }

            manifest.Add(page);
            if (entries.Add(sha256))
            {
                using var entry = zip.CreateEntry(sha256, CompressionLevel.Fastest).Open();
                entry.Write(body.Bytes.Span);
            }
        }

        return sha256;
    }

    /// <summary>
    /// Stores the pack (once: later calls return the first attempt), unless no page was fetched. A failure is thrown:
    /// the crawl then fails before recording findings that would name evidence which does not exist.
    /// </summary>
    public Task SaveAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return saved ??= manifest.Count == 0 ? Task.CompletedTask : UploadAsync(Seal(), cancellationToken);
        }
    }

    private BinaryData Seal()
    {
        using (var entry = zip.CreateEntry(EvidenceStore.ManifestEntry, CompressionLevel.Fastest).Open())
        {
            JsonSerializer.Serialize(entry, manifest, StorageJson.Options);
        }

        zip.Dispose();
        return new BinaryData(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
    }

    private Task UploadAsync(BinaryData pack, CancellationToken cancellationToken) =>
        store.UploadAsync(BlobName, pack, new Dictionary<string, string>
        {
            ["runId"] = Uri.EscapeDataString(runId),
            ["pages"] = manifest.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["distinctPages"] = entries.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, cancellationToken);
}
