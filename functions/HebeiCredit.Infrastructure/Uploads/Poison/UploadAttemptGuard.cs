using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HebeiCredit.Infrastructure.Uploads.Poison;

/// <summary>
/// Counts the attempts at one upload around its processing, for every kind of upload. Each attempt is counted before it
/// starts (one that takes the process down counts too); a failure is recorded and rethrown, leaving the blob in the
/// inbox for the trigger to retry; the delivery that finds <see cref="UploadOptions.MaxAttempts"/> - 1 unfinished
/// attempts parks the upload in rejected/poison/ with its report instead of trying again.
/// </summary>
public sealed class UploadAttemptGuard(
    UploadStore store, UploadAttemptStore attempts, IOptions<UploadOptions> options, TimeProvider clock, ILogger<UploadAttemptGuard> logger)
{
    /// <param name="destination">Where the upload goes when settled; a parked upload goes to the same place under poison/.</param>
    /// <param name="settle">Processes the upload and archives or rejects it.</param>
    public async Task<UploadResult> RunAsync(
        InboxUpload upload, string destination, Func<CancellationToken, Task<UploadResult>> settle, CancellationToken cancellationToken)
    {
        var attempt = await attempts.StartAsync(upload, cancellationToken);
        if (attempt.Number >= options.Value.MaxAttempts)
        {
            return await ParkAsync(upload, destination, attempt, cancellationToken);
        }

        UploadResult result;
        try
        {
            result = await settle(cancellationToken);
        }
        catch (Exception e)
        {
            await RecordFailureAsync(upload, attempt, e);
            throw;
        }

        await attempts.ClearAsync(upload, cancellationToken);
        return result;
    }

    private async Task<UploadResult> ParkAsync(InboxUpload upload, string destination, UploadAttempt attempt, CancellationToken cancellationToken)
    {
        var parked = await store.ParkAsync(upload, destination, cancellationToken);
        var report = PoisonReport.Of(Path.GetFileName(upload.Name), upload, parked, attempt, clock.GetUtcNow());
        await store.WritePoisonReportAsync(report, cancellationToken);
        await attempts.ClearAsync(upload, cancellationToken);
        logger.LogError("Upload {Name} ({UploadId}) failed {Attempts} times, last with {ErrorType}: {Error}; parked as {Location}",
            upload.Name, upload.UploadId, attempt.Unfinished, attempt.LastErrorType, attempt.LastError, parked);
        return new UploadResult(UploadDisposition.Poisoned, parked, null, [new UploadError(report.File, null, null, report.Summary())]);
    }

    /// <summary>Best effort: when storage itself is failing the count of started attempts still parks the upload in time.</summary>
    private async Task RecordFailureAsync(InboxUpload upload, UploadAttempt attempt, Exception exception)
    {
        logger.LogError(exception, "Upload {Name} attempt {Attempt} of {MaxAttempts} failed; left in the inbox for a retry",
            upload.Name, attempt.Number, options.Value.MaxAttempts);
        try
        {
            // Not the caller's token: a cancelled attempt (host shutting down, timeout) is a failure worth recording.
            await attempts.FailAsync(upload, exception, CancellationToken.None);
        }
        catch (Exception recording)
        {
            logger.LogWarning(recording, "Could not record the failure of upload {Name}", upload.Name);
        }
    }
}
