using HebeiCredit.Auditing.Repair;
using HebeiCredit.Auditing.Time;
using HebeiCredit.Infrastructure.Publication;
using HebeiCredit.Infrastructure.Sites;
using HebeiCredit.Infrastructure.Storage;
using HebeiCredit.Infrastructure.Uploads;
using HebeiCredit.Infrastructure.Uploads.Reading;

namespace HebeiCredit.Infrastructure.Repair;

/// <summary>
/// A national repair results upload (inbox/repairs/{file}) through the <see cref="UploadLife"/> the 双公示 uploads
/// live: its repair decisions are kept in table Repairs, and the period audit runs at once for the units whose site
/// showed a repaired 文书号, so REP-NOT-SYNCED does not wait for the daily timer. A bad row is reported and left out,
/// never stops the file; a file with no readable decision is rejected.
/// </summary>
public sealed class RepairUploadService(UploadLife life, RepairStore repairs, PublicationPeriodAuditor auditor, TimeProvider clock)
{
    public const string Folder = "repairs";

    /// <param name="file">The file name under inbox/repairs/.</param>
    /// <param name="content">The blob's bytes, as the trigger binds them; read once, from the start.</param>
    public Task<UploadResult> HandleAsync(string file, Stream content, CancellationToken cancellationToken)
    {
        var pathError = file.Contains('/', StringComparison.Ordinal)
            ? $"上传路径“{StorageNames.InboxContainer}/{Folder}/{file}”不符合“{StorageNames.InboxContainer}/{Folder}/文件名”的格式：修复结果文件不分单位子目录。"
            : null;
        var ticket = new UploadTicket($"{Folder}/{file}", Path.GetFileName(file), delivered => $"{Folder}/{delivered:yyyy-MM-dd}/{file}", pathError);
        return life.RunAsync(ticket, content, (upload, table, ct) => ReadAsync(ticket.File, upload, table, ct), cancellationToken);
    }

    private async Task<UploadVerdict> ReadAsync(string file, InboxUpload upload, UploadTable table, CancellationToken cancellationToken)
    {
        var header = RepairHeader.Match(table.Headers);
        if (header.Rejection is { } rejection)
        {
            return UploadVerdict.Reject([new UploadError(file, table.HeaderRow, null, rejection)]);
        }

        var today = ChinaTime.Today(clock);
        var decisions = new List<RepairDecision>();
        var notes = new List<UploadError>();
        var rows = 0;
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

        if (decisions.Count == 0 && notes.Count > 0)
        {
            return UploadVerdict.Reject(notes);
        }

        await repairs.UpsertAsync(decisions, cancellationToken);
        var audited = await auditor.AuditHoldersAsync(decisions.Select(d => d.Document.Key).ToHashSet(StringComparer.Ordinal), RunId.New(clock), cancellationToken);
        var report = new RepairUploadReport(file, upload.UploadId, clock.GetUtcNow(), rows, decisions.Count,
            audited.Keys.ToList(), audited.Values.Sum(f => f.Count), notes);
        return UploadVerdict.Accept(new UploadOutcome.Accepted(rows, report.Findings, notes), report, report.Summary());
    }
}
