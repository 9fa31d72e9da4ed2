using System.Text;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using HebeiCredit.Auditing.Time;
using HebeiCredit.Infrastructure.Storage;
using HebeiCredit.Infrastructure.Uploads.Poison;

namespace HebeiCredit.Infrastructure.Uploads;

/// <summary>
/// The containers an upload lives in: inbox/ where it arrives, archive/ when accepted, rejected/ (with a Chinese
/// {file}.errors.txt beside it) when not, rejected/poison/ (with {file}.poison.txt and .json) when every attempt at
/// processing it failed. An upload is moved by copy-then-delete, and the delete only removes the
/// inbox blob that was processed (If-Match on its ETag), so a newer file delivered meanwhile under the same name stays.
/// Each copy carries the upload id in its metadata, which makes a retried trigger recognise work already done.
/// </summary>
public sealed class UploadStore
{
    public const string ReportSuffix = ".errors.txt";
    public const string PoisonFolder = "poison/";
    private const string UploadIdMetadata = "uploadid";

    private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    private readonly BlobContainerClient inbox;
    private readonly BlobContainerClient archive;
    private readonly BlobContainerClient rejected;
    private readonly CreateOnce create;

    public UploadStore(StorageClients clients)
    {
        inbox = clients.Blobs.GetBlobContainerClient(StorageNames.InboxContainer);
        archive = clients.Blobs.GetBlobContainerClient(StorageNames.ArchiveContainer);
        rejected = clients.Blobs.GetBlobContainerClient(StorageNames.RejectedContainer);
        create = new CreateOnce(async ct =>
        {
            await inbox.CreateIfNotExistsAsync(cancellationToken: ct);
            await archive.CreateIfNotExistsAsync(cancellationToken: ct);
            await rejected.CreateIfNotExistsAsync(cancellationToken: ct);
        });
    }

    public BlobContainerClient Inbox => inbox;

    public BlobContainerClient Archive => archive;

    public BlobContainerClient Rejected => rejected;

    /// <summary>The upload in the inbox, or null when it is not there (any more).</summary>
    public async Task<InboxUpload?> FindAsync(string name, CancellationToken cancellationToken)
    {
        await create.EnsureAsync(cancellationToken);
        try
        {
            var properties = (await inbox.GetBlobClient(name).GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
            var id = properties.ContentHash is { Length: > 0 } md5 ? "md5-" + Convert.ToHexStringLower(md5) : "etag-" + properties.ETag.ToString().Trim('"');
            return new InboxUpload(name, properties.ETag, id, ChinaTime.DateOf(properties.CreatedOn), properties.ContentLength);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>
    /// The archive/ or rejected/ copy of this very upload ("archive/…" or "rejected/…"), when an earlier attempt
    /// already made it.
    /// </summary>
    public async Task<string?> FindSettledAsync(InboxUpload upload, string destination, CancellationToken cancellationToken)
    {
        foreach (var container in new[] { archive, rejected })
        {
            foreach (var candidate in Candidates(upload, destination))
            {
                if (await UploadIdOfAsync(container.GetBlobClient(candidate), cancellationToken) == upload.UploadId)
                {
                    return $"{container.Name}/{candidate}";
                }
            }
        }

        return null;
    }

    /// <summary>Moves the upload to archive/{destination}; returns "archive/…".</summary>
    public Task<string> ArchiveAsync(InboxUpload upload, string destination, CancellationToken cancellationToken) =>
        MoveAsync(upload, archive, destination, null, cancellationToken);

    /// <summary>Writes an accepted upload's report beside its archived copy: JSON for systems, a line of Chinese for people.</summary>
    public async Task WriteReportAsync(string archivedLocation, object report, string summary, CancellationToken cancellationToken)
    {
        var name = archivedLocation[(archive.Name.Length + 1)..];
        await archive.GetBlobClient(name + ".report.json").UploadAsync(
            BinaryData.FromBytes(Utf8NoBom.GetBytes(JsonSerializer.Serialize(report, report.GetType(), ReportJson))),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json; charset=utf-8" } },
            cancellationToken);
        await archive.GetBlobClient(name + ".report.txt").UploadAsync(
            BinaryData.FromBytes(Utf8NoBom.GetBytes(summary)),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "text/plain; charset=utf-8" } },
            cancellationToken);
    }

    private static readonly JsonSerializerOptions ReportJson = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Moves the upload to rejected/{destination} and writes the report beside it; returns "rejected/…".</summary>
    public Task<string> RejectAsync(InboxUpload upload, string destination, IReadOnlyList<UploadError> errors, CancellationToken cancellationToken) =>
        MoveAsync(upload, rejected, destination, errors, cancellationToken);

    /// <summary>
    /// Moves an upload that could not be processed to rejected/poison/{destination}; returns "rejected/poison/…".
    /// A parked copy does not count as settled: the same file put back in the inbox is processed afresh.
    /// </summary>
    public Task<string> ParkAsync(InboxUpload upload, string destination, CancellationToken cancellationToken) =>
        MoveAsync(upload, rejected, PoisonFolder + destination, null, cancellationToken);

    /// <summary>Writes the poison report beside the parked copy: JSON, and the Chinese summary.</summary>
    public async Task WritePoisonReportAsync(PoisonReport report, CancellationToken cancellationToken)
    {
        var name = report.Location[(rejected.Name.Length + 1)..];
        await WriteTextAsync(rejected, name + ".poison.json", JsonSerializer.Serialize(report, ReportJson), "application/json; charset=utf-8", cancellationToken);
        await WriteTextAsync(rejected, name + ".poison.txt", report.Summary(), "text/plain; charset=utf-8", cancellationToken);
    }

    /// <summary>Removes the processed inbox blob; a newer blob under the same name (another ETag) is left for its own trigger.</summary>
    public async Task RemoveFromInboxAsync(InboxUpload upload, CancellationToken cancellationToken)
    {
        try
        {
            await inbox.GetBlobClient(upload.Name).DeleteIfExistsAsync(
                DeleteSnapshotsOption.IncludeSnapshots, new BlobRequestConditions { IfMatch = upload.ETag }, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
        }
    }

    /// <summary>The report: a header line, then file, row, field and message per line, tab-separated, UTF-8.</summary>
    public static string Report(IReadOnlyList<UploadError> errors)
    {
        var text = new StringBuilder("文件\t行\t字段\t问题\n");
        foreach (var error in errors.Take(UploadDefaults.MaxReportedErrors))
        {
            text.Append(Clean(error.File)).Append('\t')
                .Append(error.Row?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "").Append('\t')
                .Append(Clean(error.Field ?? "")).Append('\t')
                .Append(Clean(error.Message)).Append('\n');
        }

        if (errors.Count > UploadDefaults.MaxReportedErrors)
        {
            text.Append($"……另有 {errors.Count - UploadDefaults.MaxReportedErrors} 个问题未列出。\n");
        }

        return text.ToString();
    }

    private static Task WriteTextAsync(BlobContainerClient container, string name, string text, string contentType, CancellationToken cancellationToken) =>
        container.GetBlobClient(name).UploadAsync(
            BinaryData.FromBytes(Utf8NoBom.GetBytes(text)),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } },
            cancellationToken);

    private static string Clean(string value) => value.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');

    private async Task<string> MoveAsync(
        InboxUpload upload, BlobContainerClient target, string destination, IReadOnlyList<UploadError>? errors, CancellationToken cancellationToken)
    {
        await create.EnsureAsync(cancellationToken);
        var name = await FreeNameAsync(upload, target, destination, cancellationToken);
        var copy = target.GetBlobClient(name);
        if (await UploadIdOfAsync(copy, cancellationToken) != upload.UploadId)
        {
            var source = inbox.GetBlobClient(upload.Name);
            var operation = await copy.StartCopyFromUriAsync(source.Uri, new BlobCopyFromUriOptions
            {
                Metadata = new Dictionary<string, string> { [UploadIdMetadata] = upload.UploadId, ["inbox"] = Uri.EscapeDataString(upload.Name) },
                // Copy exactly the bytes that were processed, not a newer upload under the same name.
                SourceConditions = new BlobRequestConditions { IfMatch = upload.ETag },
            }, cancellationToken);
            await operation.WaitForCompletionAsync(cancellationToken);
        }

        if (errors is not null)
        {
            await target.GetBlobClient(name + ReportSuffix).UploadAsync(
                BinaryData.FromBytes(Utf8NoBom.GetBytes(Report(errors))),
                new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "text/plain; charset=utf-8" } },
                cancellationToken);
        }

        await RemoveFromInboxAsync(upload, cancellationToken);
        return $"{target.Name}/{name}";
    }

    /// <summary>The destination, or, when another upload already holds it, the destination with the upload id added.</summary>
    private async Task<string> FreeNameAsync(InboxUpload upload, BlobContainerClient target, string destination, CancellationToken cancellationToken)
    {
        foreach (var candidate in Candidates(upload, destination))
        {
            var id = await UploadIdOfAsync(target.GetBlobClient(candidate), cancellationToken);
            if (id is null || id == upload.UploadId)
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"No free name for upload {upload.UploadId} at {target.Name}/{destination}.");
    }

    /// <summary>The plain destination, then one made unique by the upload id (for a different file under the same name).</summary>
    private static IEnumerable<string> Candidates(InboxUpload upload, string destination)
    {
        yield return destination;
        var extension = Path.GetExtension(destination);
        var stem = destination[..^extension.Length];
        yield return $"{stem}~{upload.UploadId[(upload.UploadId.IndexOf('-') + 1)..][..12]}{extension}";
    }

    /// <summary>The upload id of an archived or rejected copy; "" for a blob without one; null when there is no blob.</summary>
    private static async Task<string?> UploadIdOfAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            var properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken);
            return properties.Value.Metadata.TryGetValue(UploadIdMetadata, out var id) ? id : "";
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }
}
