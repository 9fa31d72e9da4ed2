using System.Security.Cryptography;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using HebeiCredit.Auditing.Sites;
using HebeiCredit.Auditing.Time;

namespace HebeiCredit.Infrastructure.Storage;

/// <summary>Page bytes as fetched, content-addressed: evidence/{date}/{unit}/{sha256}.</summary>
public sealed class EvidenceStore
{
    private readonly BlobContainerClient container;
    private readonly CreateOnce create;

    public EvidenceStore(StorageClients clients)
    {
        container = clients.Blobs.GetBlobContainerClient(StorageNames.EvidenceContainer);
        create = new CreateOnce(ct => container.CreateIfNotExistsAsync(cancellationToken: ct));
    }

    public static string BlobName(DateOnly date, string unit, string sha256) => $"{date:yyyy-MM-dd}/{unit}/{sha256}";

    /// <returns>The blob name (inside the evidence container) and the SHA-256 of the bytes, in lower-case hex.</returns>
    public async Task<(string Blob, string Sha256)> SaveAsync(string unit, FetchOutcome fetch, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        await create.EnsureAsync(cancellationToken);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(body.Span));
        var name = BlobName(ChinaTime.DateOf(fetch.FetchedAt), unit, sha256);
        var blob = container.GetBlobClient(name);
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = fetch.ContentType ?? "application/octet-stream" },
            Metadata = new Dictionary<string, string>
            {
                ["url"] = Uri.EscapeDataString((fetch.FinalUrl ?? fetch.Url)?.AbsoluteUri ?? ""),
                ["status"] = fetch.StatusCode?.ToString() ?? "",
                ["fetchedAt"] = fetch.FetchedAt.ToString("O"),
            },
            // Same hash, same bytes: an existing blob is already the evidence.
            Conditions = new BlobRequestConditions { IfNoneMatch = Azure.ETag.All },
        };
        try
        {
            await blob.UploadAsync(BinaryData.FromBytes(body), options, cancellationToken);
        }
        catch (Azure.RequestFailedException e) when (e.Status == 409)
        {
        }

        return (name, sha256);
    }

    public async Task<byte[]?> ReadAsync(string name, CancellationToken cancellationToken)
    {
        var blob = container.GetBlobClient(name);
        if (!await blob.ExistsAsync(cancellationToken))
        {
            return null;
        }

        return (await blob.DownloadContentAsync(cancellationToken)).Value.Content.ToArray();
    }
}
