using HebeiCredit.Infrastructure.Uploads.Poison;
using HebeiCredit.Infrastructure.Uploads.Reading;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HebeiCredit.Infrastructure.Uploads;

/// <summary>Reads an opened upload and says whether it is accepted. The table's rows are streamed, read once.</summary>
public delegate Task<UploadVerdict> UploadReading(InboxUpload upload, UploadTable table, CancellationToken cancellationToken);

/// <summary>
/// The life every kind of upload shares: find it in the inbox, check its path, type and size, open it as a table, let
/// the caller's <see cref="UploadReading"/> audit it, then archive it with its report or reject it with a Chinese error
/// report. Everything a user can get wrong ends in rejected/; only infrastructure failures throw, leaving the blob in
/// the inbox for the trigger to retry, until the <see cref="UploadAttemptGuard"/> parks an upload that keeps failing.
/// A retried trigger for an upload already moved does nothing, and the same upload settled before is not read again.
/// </summary>
public sealed class UploadLife(UploadStore store, UploadAttemptGuard guard, IOptions<UploadOptions> options, ILogger<UploadLife> logger)
{
    /// <param name="content">The blob's bytes, as the trigger binds them; read once, from the start.</param>
    public async Task<UploadResult> RunAsync(UploadTicket ticket, Stream content, UploadReading read, CancellationToken cancellationToken)
    {
        var upload = await store.FindAsync(ticket.Name, cancellationToken);
        if (upload is null)
        {
            logger.LogInformation("Upload {Name} is no longer in the inbox: already handled", ticket.Name);
            return new UploadResult(UploadDisposition.Gone, null, null, []);
        }

        var destination = ticket.Destination(upload.Delivered);
        if (await store.FindSettledAsync(upload, destination, cancellationToken) is { } settled)
        {
            await store.RemoveFromInboxAsync(upload, cancellationToken);
            logger.LogInformation("Upload {Name} ({UploadId}) was already handled: {Location}", ticket.Name, upload.UploadId, settled);
            return new UploadResult(UploadDisposition.AlreadyHandled, settled, null, []);
        }

        return await guard.RunAsync(upload, destination, ct => SettleAsync(ticket, upload, destination, content, read, ct), cancellationToken);
    }

    private async Task<UploadResult> SettleAsync(
        UploadTicket ticket, InboxUpload upload, string destination, Stream content, UploadReading read, CancellationToken cancellationToken)
    {
        var verdict = await ReadAsync(ticket, upload, content, read, cancellationToken);
        if (verdict.Outcome is UploadOutcome.Accepted accepted)
        {
            var archived = await store.ArchiveAsync(upload, destination, cancellationToken);
            await store.WriteReportAsync(archived, verdict.Report!, verdict.Summary!, cancellationToken);
            logger.LogInformation("Upload {Name} accepted: {Rows} rows, {Findings} findings, {Notes} notes; archived as {Location}",
                ticket.Name, accepted.Rows, accepted.Findings, accepted.Notes.Count, archived);
            return new UploadResult(UploadDisposition.Archived, archived, accepted, accepted.Notes);
        }

        var errors = ((UploadOutcome.Rejected)verdict.Outcome).Errors;
        var rejected = await store.RejectAsync(upload, destination, errors, cancellationToken);
        logger.LogWarning("Upload {Name} rejected with {Errors} errors, first: {First}; moved to {Location}",
            ticket.Name, errors.Count, errors.FirstOrDefault()?.Message, rejected);
        return new UploadResult(UploadDisposition.Rejected, rejected, verdict.Outcome, errors);
    }

    private async Task<UploadVerdict> ReadAsync(UploadTicket ticket, InboxUpload upload, Stream content, UploadReading read, CancellationToken cancellationToken)
    {
        var file = ticket.File;
        if (ticket.PathError is { } pathError)
        {
            return UploadVerdict.Reject([new UploadError(file, null, null, pathError)]);
        }

        if (!UploadReader.IsSupported(file))
        {
            return UploadVerdict.Reject([new UploadError(file, null, null, UploadReader.UnsupportedMessage(file))]);
        }

        var limits = options.Value;
        if (upload.Length > limits.MaxUploadBytes)
        {
            return UploadVerdict.Reject([new UploadError(file, null, null, $"文件“{file}”大小为 {upload.Length:N0} 字节，超过上限 {limits.MaxUploadBytes:N0} 字节。")]);
        }

        try
        {
            var readOptions = new UploadReadOptions { SheetName = string.IsNullOrWhiteSpace(limits.SheetName) ? null : limits.SheetName, MaxExpandedBytes = limits.MaxExpandedBytes };
            await using var table = await UploadReader.OpenAsync(file, content, readOptions, cancellationToken);
            return await read(upload, table, cancellationToken);
        }
        catch (UploadFormatException e)
        {
            return UploadVerdict.Reject([new UploadError(file, e.Row, null, e.Message)]);
        }
    }
}
