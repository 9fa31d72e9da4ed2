using System.Runtime.CompilerServices;
using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Policies;
using HebeiCredit.Auditing.Publication;
using HebeiCredit.Auditing.Publication.Audit;
using HebeiCredit.Auditing.Publication.Headers;
using HebeiCredit.Auditing.Publication.History;
using HebeiCredit.Auditing.Publication.Records;
using HebeiCredit.Auditing.Publication.Sources;
using HebeiCredit.Auditing.Time;
using HebeiCredit.Infrastructure.Calendar;
using HebeiCredit.Infrastructure.Storage;
using HebeiCredit.Infrastructure.Uploads;

namespace HebeiCredit.Infrastructure.Publication;

/// <summary>
/// The 双公示 audit of an upload: match the header to the 790号 fields, read and check each row as it streams in
/// (PUB-INVALID-*), store the file's records, then audit the unit over all its records (PUB-LATE, PUB-MISSING,
/// PUB-CONCEALED, PUB-DUPLICATE) and keep its rates for the notices. A published export also counts as a look at the
/// unit's site: its penalty records are recorded in table PublishedRecords.
/// </summary>
public sealed class PublicationUploadProcessor(
    DecisionStore decisions,
    FindingStore findings,
    PublicationRatesStore rates,
    PublishedRecordStore published,
    WorkingCalendarLoader calendars,
    TimeProvider clock) : IUploadProcessor
{
    private const string PublicationRulePrefix = "PUB-";

    public async Task<UploadOutcome> ProcessAsync(
        UploadKind kind, string unit, string file, IReadOnlyList<string> headers, IAsyncEnumerable<SourceRow> rows, CancellationToken cancellationToken)
    {
        var header = HeaderMatcher.Match(headers, kind);
        if (header.Rejection is { } rejection)
        {
            return new UploadOutcome.Rejected([new UploadError(file, 1, null, rejection)]);
        }

        var today = ChinaTime.Today(clock);
        var counted = new RowCount();
        await decisions.ReplaceFileAsync(unit, kind, file, ReadAsync(rows, header, file, kind, unit, today, counted, cancellationToken), cancellationToken);

        var (records, rowFindings) = await decisions.ListAsync(unit, cancellationToken);
        var calendar = await calendars.LoadAsync(cancellationToken);
        var audit = PublicationAudit.Evaluate(unit, records, DeadlinePolicy.Default, calendar, today);
        var all = rowFindings.Concat(audit.Findings).ToList();
        var now = clock.GetUtcNow();
        await findings.RecordAuditAsync(unit, PublicationRulePrefix, all, $"{UploadKindNames.PathSegment(kind)}/{file}", now, cancellationToken);
        await rates.ReplaceAsync(unit, [audit.Total, .. audit.ByKind, .. audit.ByDepartment], now, cancellationToken);
        if (kind == UploadKind.Published && PenaltySightings(records, file) is { Count: > 0 } sightings)
        {
            await published.RecordObservationAsync(unit, sightings, now, cancellationToken);
        }

        return new UploadOutcome.Accepted(counted.Rows, counted.Findings, []);
    }

    /// <summary>A published export is a look at the records it covers: its penalty records, each resting on its file and row.</summary>
    private static List<PublishedSighting> PenaltySightings(List<PublicationRecord> records, string file) =>
        records
            .Where(r => r.Source == UploadKind.Published && r.File == file && r.Kind == DecisionKind.Penalty && r.Document is not null)
            .Select(r => new PublishedSighting(r, new Evidence($"“{file}”第{r.Row}行：{r.Document}", File: file, Row: r.Row)))
            .ToList();

    private static async IAsyncEnumerable<(int Row, RowReadResult Result)> ReadAsync(
        IAsyncEnumerable<SourceRow> rows, HeaderMatch header, string file, UploadKind kind, string unit, DateOnly today, RowCount counted,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            var result = PublicationRowReader.Read(row, header, file, kind, unit, today);
            counted.Rows++;
            counted.Findings += result.Findings.Count;
            yield return (row.Row, result);
        }
    }

    private sealed class RowCount
    {
        public int Rows { get; set; }

        public int Findings { get; set; }
    }
}
