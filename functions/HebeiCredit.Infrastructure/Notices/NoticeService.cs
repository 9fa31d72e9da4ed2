using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using HebeiCredit.Auditing.Notices;
using HebeiCredit.Auditing.Sites;
using HebeiCredit.Auditing.Time;
using HebeiCredit.Infrastructure.Calendar;
using HebeiCredit.Infrastructure.Publication;
using HebeiCredit.Infrastructure.Sites;
using HebeiCredit.Infrastructure.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HebeiCredit.Infrastructure.Notices;

/// <summary>
/// Builds a period's notices: gathers every registered unit's findings (table Findings), probes (table Probes) and
/// 双公示 rates (table PublicationRates), reads the previous monthly notice back from notices/{previous}/notice.json
/// for the re-inspection and trend, and writes notice.docx, .xlsx, .html and .json to notices/{period}/.
/// </summary>
public sealed class NoticeService(
    SiteRegistryLoader registryLoader,
    FindingStore findings,
    ProbeStore probes,
    PublicationRatesStore rates,
    WorkingCalendarLoader calendarLoader,
    StorageClients storage,
    TimeProvider clock,
    IOptions<NoticeOptions> options,
    ILogger<NoticeService> logger)
{
    public const string FileStem = "notice";

    private readonly BlobContainerClient container = storage.Blobs.GetBlobContainerClient(StorageNames.NoticesContainer);

    /// <summary>The notices of the units in the configured site registry.</summary>
    public async Task<NoticeBuild> BuildAsync(NoticePeriod period, CancellationToken cancellationToken) =>
        await BuildAsync(period, await registryLoader.LoadAsync(cancellationToken), cancellationToken);

    public async Task<NoticeBuild> BuildAsync(NoticePeriod period, SiteRegistry registry, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var calendar = await calendarLoader.LoadAsync(cancellationToken);
        var units = new List<NoticeUnitInput>();
        foreach (var site in registry.Sites)
        {
            units.Add(await GatherAsync(site, period, settings, cancellationToken));
        }

        var previous = await ReadPreviousAsync(period, cancellationToken);
        var model = NoticeBuilder.Build(period, ChinaTime.Today(clock), units, previous, calendar, settings.DeadlineWorkingDays);
        var files = new List<NoticeFile>
        {
            File("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", NoticeDocument.Write(model)),
            File("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", NoticeWorkbook.Write(model)),
            File("html", "text/html; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(NoticePage.Write(model))),
            File("json", "application/json; charset=utf-8", NoticeJson.Write(model)),
        };

        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        foreach (var file in files)
        {
            await container.GetBlobClient(file.BlobName).UploadAsync(
                new BinaryData(file.Content),
                new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = file.ContentType } },
                cancellationToken);
        }

        logger.LogInformation(
            "Built notices of {Period} for {Units} units with {OpenFindings} open findings into {Container}/{Period}/",
            period.Id, model.Units.Count, model.Totals.OpenFindings, StorageNames.NoticesContainer, period.Id);
        return new NoticeBuild(model, files);

        NoticeFile File(string extension, string contentType, byte[] content) =>
            new($"{FileStem}.{extension}", BlobName(period, $"{FileStem}.{extension}"), contentType, content);
    }

    /// <summary>The blob name of a period's file in container notices.</summary>
    public static string BlobName(NoticePeriod period, string file) => $"{period.Id}/{file}";

    /// <summary>The monthly period before this one's cut-off: the same month when the cut-off is after the 20th, else the month before.</summary>
    internal static NoticePeriod PreviousMonthly(NoticePeriod period)
    {
        var month = period.CutOff.Day > NoticePeriod.MonthlyCutOffDay && !period.Monthly ? period.CutOff : period.CutOff.AddMonths(-1);
        return NoticePeriod.OfMonth(month.Year, month.Month);
    }

    private async Task<NoticeUnitInput> GatherAsync(SiteEntry site, NoticePeriod period, NoticeOptions settings, CancellationToken cancellationToken)
    {
        var stored = await findings.ListAsync(site.Unit, cancellationToken);
        var windowProbes = (await probes.ListAsync(site.Unit, cancellationToken, period.End.AddDays(-settings.AvailabilityWindowDays)))
            .Where(p => p.FetchedAt < period.End)
            .ToList();
        var total = (await rates.ListAsync(site.Unit, cancellationToken)).FirstOrDefault(r => r.Department is null && r.Kind is null);
        return new NoticeUnitInput(
            site.Unit,
            site.Name,
            windowProbes.Count == 0 ? null : new UnitAvailability(windowProbes.Count, windowProbes.Count(p => !p.Succeeded)),
            total,
            stored.Select(f => ToNotice(f, period.End)).ToList());
    }

    // The status at the period's end, so a notice built late still reports the period as it was; rows written
    // before the finding kept a history fall back to their current status.
    private static NoticeFinding ToNotice(StoredFinding stored, DateTimeOffset periodEnd) => new(
        stored.Finding.Key,
        stored.Finding.RuleId,
        Enum.TryParse<NoticeFindingStatus>((stored.StatusAsOf(periodEnd) ?? stored.Status).ToString(), out var status) ? status : NoticeFindingStatus.Open,
        stored.Finding.Summary,
        stored.Finding.Explanation,
        stored.Finding.Clause,
        stored.Finding.Evidence,
        stored.FirstSeen,
        stored.LastSeen);

    private async Task<NoticeModel?> ReadPreviousAsync(NoticePeriod period, CancellationToken cancellationToken)
    {
        var previous = PreviousMonthly(period);
        try
        {
            var content = await container.GetBlobClient(BlobName(previous, $"{FileStem}.json")).DownloadContentAsync(cancellationToken);
            return NoticeJson.Read(content.Value.Content);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            logger.LogInformation("No notice of {Previous} to re-inspect against for {Period}", previous.Id, period.Id);
            return null;
        }
    }
}
