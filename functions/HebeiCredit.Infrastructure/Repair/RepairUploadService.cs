using HebeiCredit.Auditing.Repair;
using HebeiCredit.Auditing.Time;
using HebeiCredit.Infrastructure.Publication;
using HebeiCredit.Infrastructure.Sites;
using HebeiCredit.Infrastructure.Storage;
using HebeiCredit.Infrastructure.Uploads;
using HebeiCredit.Infrastructure.Uploads.Poison;
using HebeiCredit.Infrastructure.Uploads.Reading;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HebeiCredit.Infrastructure.Repair;

/// <summary>
/// The life of a national repair results upload (inbox/repairs/{file}), as the 双公示 uploads live: read it (CSV or
/// .xlsx), keep its repair decisions in table Repairs, run the period audit at once for the units whose site showed a
/// repaired 文书号 (so REP-NOT-SYNCED does not wait for the daily timer), then archive it with a report, or reject it
/// with a Chinese error report. A bad row is reported and left out, never stops the file. The same bytes delivered
/// again are recognised and not processed twice; an upload that keeps failing is parked by the <see cref="UploadAttemptGuard"/>.
/// </summary>
public sealed class RepairUploadService(
    UploadStore store,
    UploadAttemptGuard guard,
    RepairStore repairs,
    PublicationPeriodAuditor auditor,
    IOptions<UploadOptions> options,
    TimeProvider clock,
    ILogger<RepairUploadService> logger)
{
    public const string Folder = "repairs";

    /// <param name="file">The file name under inbox/repairs/.</param>
    /// <param name="content">The blob's bytes, as the trigger binds them; read once, from the start.</param>
    public async Task<UploadResult> HandleAsync(string file, Stream content, CancellationToken cancellationToken)
    {
        var name = $"{Folder}/{file}";
        var upload = await store.FindAsync(name, cancellationToken);
        if (upload is null)
        {
            logger.LogInformation("Repair upload {Name} is no longer in the inbox: already handled", name);
            return new UploadResult(UploadDisposition.Gone, null, null, []);
        }

        var destination = $"{Folder}/{upload.Delivered:yyyy-MM-dd}/{file}";
        if (await store.FindSettledAsync(upload, destination, cancellationToken) is { } settled)
        {
            await store.RemoveFromInboxAsync(upload, cancellationToken);
            logger.LogInformation("Repair upload {Name} ({UploadId}) was already handled: {Location}", name, upload.UploadId, settled);
            return new UploadResult(UploadDisposition.AlreadyHandled, settled, null, []);
        }

        return await guard.RunAsync(upload, destination, ct => SettleAsync(file, upload, destination, content, ct), cancellationToken);
    }

    private async Task<UploadResult> SettleAsync(string file, InboxUpload upload, string destination, Stream content, CancellationToken cancellationToken)
    {
        var (report, errors) = await ProcessAsync(file, upload, content, cancellationToken);
        if (report is not null)
        {
            var archived = await store.ArchiveAsync(upload, destination, cancellationToken);
            await store.WriteReportAsync(archived, report, report.Summary(), cancellationToken);
            logger.LogInformation("Repair upload {Name} accepted: {Repairs} repairs, units {Units}, {Findings} findings; archived as {Location}",
                upload.Name, report.Repairs, string.Join(",", report.Units), report.Findings, archived);
            return new UploadResult(UploadDisposition.Archived, archived, new UploadOutcome.Accepted(report.Rows, report.Findings, report.Notes), report.Notes);
        }

        var rejected = await store.RejectAsync(upload, destination, errors, cancellationToken);
        logger.LogWarning("Repair upload {Name} rejected with {Errors} errors, first: {First}; moved to {Location}", upload.Name, errors.Count, errors.FirstOrDefault()?.Message, rejected);
        return new UploadResult(UploadDisposition.Rejected, rejected, new UploadOutcome.Rejected(errors), errors);
    }

    private async Task<(RepairUploadReport? Report, IReadOnlyList<UploadError> Errors)> ProcessAsync(
        string file, InboxUpload upload, Stream content, CancellationToken cancellationToken)
    {
        var shown = Path.GetFileName(file);
        if (file.Contains('/', StringComparison.Ordinal))
        {
            return (null, [new UploadError(shown, null, null, $"上传路径“{StorageNames.InboxContainer}/{Folder}/{file}”不符合“{StorageNames.InboxContainer}/{Folder}/文件名”的格式：修复结果文件不分单位子目录。")]);
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

        var today = ChinaTime.Today(clock);
        var decisions = new List<RepairDecision>();
        var notes = new List<UploadError>();
        var rows = 0;
        try
        {
            var readOptions = new UploadReadOptions { SheetName = string.IsNullOrWhiteSpace(limits.SheetName) ? null : limits.SheetName, MaxExpandedBytes = limits.MaxExpandedBytes };
            await using var table = await UploadReader.OpenAsync(file, content, readOptions, cancellationToken);
            var header = RepairHeader.Match(table.Headers);
            if (header.Rejection is { } rejection)
            {
                return (null, [new UploadError(file, table.HeaderRow, null, rejection)]);
            }

            await foreach (var row in table.Rows.WithCancellation(cancellationToken))
            {
                rows++;
                var result = RepairRowReader.Read(row, header, file, today);
                if (result.Decision is { } decision)
                {
                    decisions.Add(decision);
                }

                notes.AddRange(result.Problems.Select(p => new UploadError(p.File, p.Row, p.Field, p.Message)));
            }
        }
        catch (UploadFormatException e)
        {
            return (null, [new UploadError(file, e.Row, null, e.Message)]);
        }

        if (decisions.Count == 0 && notes.Count > 0)
        {
            return (null, notes);
        }

        await repairs.UpsertAsync(decisions, cancellationToken);
        var audited = await auditor.AuditHoldersAsync(decisions.Select(d => d.Document.Key).ToHashSet(StringComparer.Ordinal), RunId.New(clock), cancellationToken);
        var report = new RepairUploadReport(file, upload.UploadId, clock.GetUtcNow(), rows, decisions.Count,
            audited.Keys.ToList(), audited.Values.Sum(f => f.Count), notes);
        return (report, []);
    }
}
