using HebeiCredit.Infrastructure.Uploads.Poison;
using HebeiCredit.Infrastructure.Uploads.Reading;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HebeiCredit.Infrastructure.Uploads;

/// <summary>
/// The life of one upload: check the path and the file, read it, let the <see cref="IUploadProcessor"/> audit it,
/// then archive or reject it. Everything a user can get wrong ends in rejected/ with a Chinese report; only
/// infrastructure failures throw, leaving the blob in the inbox for the trigger to retry, until the
/// <see cref="UploadAttemptGuard"/> parks an upload that keeps failing. A retried trigger for an upload already moved
/// does nothing.
/// </summary>
public sealed class UploadService(
    UploadStore store, UploadAttemptGuard guard, IUploadProcessor processor, IOptions<UploadOptions> options, TimeProvider clock, ILogger<UploadService> logger)
{
    /// <param name="blobPath">"inbox/{kind}/{unit}/{file}" (the "inbox/" is optional).</param>
    /// <param name="content">The blob's bytes, as the trigger binds them; read once, from the start.</param>
    public async Task<UploadResult> HandleAsync(string blobPath, Stream content, CancellationToken cancellationToken)
    {
        var path = UploadPath.Parse(blobPath);
        var upload = await store.FindAsync(path.Name, cancellationToken);
        if (upload is null)
        {
            logger.LogInformation("Upload {Name} is no longer in the inbox: already handled", path.Name);
            return new UploadResult(UploadDisposition.Gone, null, null, []);
        }

        var destination = path.Destination(upload.Delivered);
        if (await store.FindSettledAsync(upload, destination, cancellationToken) is { } settled)
        {
            await store.RemoveFromInboxAsync(upload, cancellationToken);
            logger.LogInformation("Upload {Name} ({UploadId}) was already handled: {Location}", path.Name, upload.UploadId, settled);
            return new UploadResult(UploadDisposition.AlreadyHandled, settled, null, []);
        }

        return await guard.RunAsync(upload, destination, ct => SettleAsync(path, upload, destination, content, ct), cancellationToken);
    }

    private async Task<UploadResult> SettleAsync(UploadPath path, InboxUpload upload, string destination, Stream content, CancellationToken cancellationToken)
    {
        var (outcome, errors) = await AuditAsync(path, upload, content, cancellationToken);
        if (outcome is UploadOutcome.Accepted accepted)
        {
            var archived = await store.ArchiveAsync(upload, destination, cancellationToken);
            var file = Path.GetFileName(path.File);
            await store.WriteReportAsync(archived, UploadReport.Of(path.Kind!.Value, path.UnitText, file, upload, accepted, clock.GetUtcNow()), path.Kind.Value, cancellationToken);
            logger.LogInformation("Upload {Name} accepted: {Rows} rows, {Findings} findings, {Notes} notes; archived as {Location}",
                path.Name, accepted.Rows, accepted.Findings, accepted.Notes.Count, archived);
            return new UploadResult(UploadDisposition.Archived, archived, outcome, accepted.Notes);
        }

        var rejected = await store.RejectAsync(upload, destination, errors, cancellationToken);
        logger.LogWarning("Upload {Name} rejected with {Errors} errors, first: {First}; moved to {Location}",
            path.Name, errors.Count, errors.FirstOrDefault()?.Message, rejected);
        return new UploadResult(UploadDisposition.Rejected, rejected, outcome, errors);
    }

    private async Task<(UploadOutcome? Outcome, IReadOnlyList<UploadError> Errors)> AuditAsync(
        UploadPath path, InboxUpload upload, Stream content, CancellationToken cancellationToken)
    {
        var file = Path.GetFileName(path.File);
        if (path.Error is { } pathError)
        {
            return (null, [new UploadError(file, null, null, pathError)]);
        }

        if (!UploadReader.IsSupported(file))
        {
            return (null, [new UploadError(file, null, null, UploadReader.UnsupportedMessage(file))]);
        }

        var limits = options.Value;
        if (upload.Length > limits.MaxUploadBytes)
        {
            return (null, [new UploadError(file, null, null, $"文件“{file}”大小为 {upload.Length:N0} 字节，超过上限 {limits.MaxUploadBytes:N0} 字节。")]);
        }

        try
        {
            var readOptions = new UploadReadOptions { SheetName = string.IsNullOrWhiteSpace(limits.SheetName) ? null : limits.SheetName, MaxExpandedBytes = limits.MaxExpandedBytes };
            await using var table = await UploadReader.OpenAsync(file, content, readOptions, cancellationToken);
            var outcome = await processor.ProcessAsync(path.Kind!.Value, path.UnitText, file, table.Headers, table.Rows, cancellationToken);
            return (outcome, outcome is UploadOutcome.Rejected rejected ? rejected.Errors : []);
        }
        catch (UploadFormatException e)
        {
            return (null, [new UploadError(file, e.Row, null, e.Message)]);
        }
    }
}
