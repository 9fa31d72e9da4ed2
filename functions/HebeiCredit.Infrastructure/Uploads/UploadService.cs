namespace HebeiCredit.Infrastructure.Uploads;

/// <summary>
/// A 双公示 upload (inbox/{kind}/{unit}/{file}) through the <see cref="UploadLife"/>: the <see cref="IUploadProcessor"/>
/// audits its rows, and an accepted file is archived with an <see cref="UploadReport"/>.
/// </summary>
public sealed class UploadService(UploadLife life, IUploadProcessor processor, TimeProvider clock)
{
    /// <param name="blobPath">"inbox/{kind}/{unit}/{file}" (the "inbox/" is optional).</param>
    /// <param name="content">The blob's bytes, as the trigger binds them; read once, from the start.</param>
    public Task<UploadResult> HandleAsync(string blobPath, Stream content, CancellationToken cancellationToken)
    {
        var path = UploadPath.Parse(blobPath);
        var ticket = new UploadTicket(path.Name, Path.GetFileName(path.File), path.Destination, path.Error);
        return life.RunAsync(ticket, content, async (upload, table, ct) =>
        {
            var kind = path.Kind!.Value;
            var outcome = await processor.ProcessAsync(kind, path.UnitText, ticket.File, table.Headers, table.Rows, ct);
            if (outcome is UploadOutcome.Rejected rejected)
            {
                return UploadVerdict.Reject(rejected.Errors);
            }

            var accepted = (UploadOutcome.Accepted)outcome;
            var report = UploadReport.Of(kind, path.UnitText, ticket.File, upload, accepted, clock.GetUtcNow());
            return UploadVerdict.Accept(accepted, report, report.Summary(kind));
        }, cancellationToken);
    }
}
