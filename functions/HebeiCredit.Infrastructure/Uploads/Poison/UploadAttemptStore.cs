using Azure;
using Azure.Data.Tables;
using HebeiCredit.Infrastructure.Storage;

namespace HebeiCredit.Infrastructure.Uploads.Poison;

/// <summary>
/// Table UploadAttempts: how often each upload (its inbox name and upload id) was started and how the last failure
/// read. The count goes up before the upload is processed, so an attempt that takes the process down still counts;
/// the row is removed once the upload is settled. Updates are optimistic (ETag) because Event Grid may deliver twice.
/// </summary>
public sealed class UploadAttemptStore
{
    /// <summary>Enough of an exception message to act on; a table string property holds 32K characters.</summary>
    private const int MaxErrorLength = 2000;

    private readonly TableClient table;
    private readonly CreateOnce create;
    private readonly TimeProvider clock;

    public UploadAttemptStore(StorageClients clients, TimeProvider clock)
    {
        table = clients.Tables.GetTableClient(StorageNames.UploadAttemptsTable);
        create = new CreateOnce(ct => table.CreateIfNotExistsAsync(ct));
        this.clock = clock;
    }

    /// <summary>Counts a new attempt at the upload and returns it.</summary>
    public async Task<UploadAttempt> StartAsync(InboxUpload upload, CancellationToken cancellationToken)
    {
        await create.EnsureAsync(cancellationToken);
        var (partition, row) = Key(upload);
        while (true)
        {
            var existing = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
            try
            {
                if (!existing.HasValue)
                {
                    await table.AddEntityAsync(
                        new TableEntity(partition, row) { ["Name"] = upload.Name, ["Attempts"] = 1, ["Failures"] = 0, ["LastStartedAt"] = clock.GetUtcNow() },
                        cancellationToken);
                    return new UploadAttempt(1, 0, null, null, null);
                }

                var entity = existing.Value!;
                var attempt = new UploadAttempt(
                    (entity.GetInt32("Attempts") ?? 0) + 1,
                    entity.GetInt32("Failures") ?? 0,
                    entity.GetString("LastErrorType"),
                    entity.GetString("LastError"),
                    entity.GetDateTimeOffset("LastFailedAt"));
                entity["Attempts"] = attempt.Number;
                entity["LastStartedAt"] = clock.GetUtcNow();
                await table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken);
                return attempt;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // Another delivery of the same upload counted itself in between: read again.
            }
        }
    }

    /// <summary>Records why the current attempt failed.</summary>
    public async Task FailAsync(InboxUpload upload, Exception exception, CancellationToken cancellationToken)
    {
        await create.EnsureAsync(cancellationToken);
        var (partition, row) = Key(upload);
        var message = exception.Message.Length > MaxErrorLength ? exception.Message[..MaxErrorLength] + "…" : exception.Message;
        while (true)
        {
            var existing = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
            var entity = existing.HasValue ? existing.Value! : new TableEntity(partition, row) { ["Name"] = upload.Name, ["Attempts"] = 1 };
            entity["Failures"] = (entity.GetInt32("Failures") ?? 0) + 1;
            entity["LastErrorType"] = exception.GetType().FullName;
            entity["LastError"] = message;
            entity["LastFailedAt"] = clock.GetUtcNow();
            try
            {
                if (existing.HasValue)
                {
                    await table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken);
                }
                else
                {
                    await table.AddEntityAsync(entity, cancellationToken);
                }

                return;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
            }
        }
    }

    /// <summary>Forgets the attempts once the upload is settled, so the same file put back later starts afresh.</summary>
    public async Task ClearAsync(InboxUpload upload, CancellationToken cancellationToken)
    {
        await create.EnsureAsync(cancellationToken);
        var (partition, row) = Key(upload);
        await table.DeleteEntityAsync(partition, row, ETag.All, cancellationToken);
    }

    /// <summary>Partition by upload id, row by inbox name; '/' and other characters keys refuse are escaped.</summary>
    private static (string Partition, string Row) Key(InboxUpload upload) => (upload.UploadId, Uri.EscapeDataString(upload.Name));
}
