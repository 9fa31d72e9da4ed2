using HebeiCredit.Auditing.Publication.History;
using HebeiCredit.Auditing.Sites;
using HebeiCredit.Auditing.Sites.Audit;
using HebeiCredit.Auditing.Sites.Availability;
using HebeiCredit.Auditing.Sites.Columns;
using HebeiCredit.Auditing.Sites.Policy;
using HebeiCredit.Infrastructure.Crawling;
using HebeiCredit.Infrastructure.Publication;
using HebeiCredit.Infrastructure.Storage;
using Microsoft.Extensions.Logging;

namespace HebeiCredit.Infrastructure.Sites;

/// <summary>
/// Crawls one site and audits it: walks the portal and, alongside its columns, the unit's 行政处罚 list when the
/// registry configures one; stores the crawl's evidence pack; reads the probe history of the rolling window, applies
/// the WEB-* rules, and records the findings, what the list shows (table PublishedRecords) and the check.
/// </summary>
public sealed class SiteCrawler(
    PageFetcher fetcher,
    PageReaders readers,
    EvidenceStore evidence,
    SiteCheckStore checks,
    ProbeStore probes,
    FindingStore findings,
    PublishedRecordStore published,
    WebsitePolicy policy,
    TimeProvider clock,
    ILogger<SiteCrawler> logger)
{
    /// <summary>How long a crawl that failed may spend storing the evidence it gathered.</summary>
    private static readonly TimeSpan FailedCrawlEvidenceTimeout = TimeSpan.FromSeconds(30);

    public async Task<SiteCheck> CrawlAsync(CrawlRequest request, CancellationToken cancellationToken)
    {
        var site = request.Site;
        var now = clock.GetUtcNow();
        if (site.Portal is null)
        {
            var unknown = new FetchOutcome(null, now, TimeSpan.Zero, FetchErrorKind.AddressUnknown, Error: site.Note, Attempts: 0);
            var check = new SiteCheck(request.RunId, site, unknown, null, null, []);
            await checks.SaveAsync(check, cancellationToken);
            return check;
        }

        using var session = fetcher.BeginSite(site);
        var pack = evidence.BeginSite(site.Unit, now, request.RunId);
        // Read while the site is crawled, so that only writes follow its last page: the probe window ends at the
        // crawl's start, which the probes before it fall in; the findings and the list's rows are those before it.
        var window = probes.ListAsync(site.Unit, cancellationToken, now.AddDays(-policy.ProbeWindowDays));
        var baseline = findings.ReadBaselineAsync(site.Unit, WebRulePrefix, cancellationToken);
        var listed = site.PenaltyList is null ? null : published.ReadRowsAsync(site.Unit, cancellationToken);
        SiteCrawlResult crawl;
        PenaltyListLook? penaltyList;
        try
        {
            (crawl, penaltyList) = await WalkAsync(session, pack, now, cancellationToken);
        }
        catch (Exception e)
        {
            await StoreEvidenceOfFailedCrawlAsync(pack, site.Unit, e);
            throw;
        }

        // Stored before the findings, so that every finding's evidence exists when the finding does; audited meanwhile.
        var stored = pack.SaveAsync(cancellationToken);
        var availability = AvailabilityCalculator.Compute(await window, now, policy);
        var audit = SiteAudit.Evaluate(crawl, availability, policy, now);
        var result = new SiteCheck(
            request.RunId, site, crawl.Home.Fetch, crawl.Home.SnapshotBlob, crawl.Home.Sha256, audit.Findings, audit.Columns, availability, penaltyList?.Read);
        await stored;
        await Task.WhenAll(
            findings.RecordAuditAsync(await baseline, audit.Findings, request.RunId, now, cancellationToken),
            penaltyList is { Read.Complete: true } && listed is not null
                // Only a list read to its end is recorded: a failed read must not look like removals.
                ? published.RecordObservationAsync(await listed, penaltyList.Sightings, now, cancellationToken)
                : Task.CompletedTask,
            checks.SaveAsync(result, cancellationToken));
        return result;
    }

    /// <summary>
    /// The 行政处罚 list is read alongside the home page and then the columns, so the host's two slots stay busy from
    /// the first page to the last: the registry gives its address, so it need not wait for the home page.
    /// </summary>
    private async Task<(SiteCrawlResult Crawl, PenaltyListLook? PenaltyList)> WalkAsync(SiteSession session, SiteEvidence pack, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var walker = new PortalWalker(session, pack, readers, policy, ColumnCatalog.Default.ForSite(session.Site.Columns), now);
        var penaltyList = session.Site.PenaltyList is { } list
            ? ReadPenaltyListAsync(session, pack, list, now, cancellationToken)
            : Task.FromResult<PenaltyListLook?>(null);
        var columns = WalkColumnsAsync(walker, cancellationToken);
        await Task.WhenAll(columns, penaltyList);
        return (await columns, await penaltyList);
    }

    private static async Task<SiteCrawlResult> WalkColumnsAsync(PortalWalker walker, CancellationToken cancellationToken)
    {
        var (home, columns) = await walker.HomeAsync(cancellationToken);
        return await walker.ColumnsAsync(home, columns, cancellationToken);
    }

    private async Task<PenaltyListLook?> ReadPenaltyListAsync(SiteSession session, SiteEvidence pack, PenaltyListSettings list, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (read, sightings) = await new PenaltyListCrawler(session, pack, readers, policy, now).ReadAsync(list, cancellationToken);
        return new PenaltyListLook(read, sightings);
    }

    /// <summary>A crawl that failed half-way still keeps what it fetched; its own failure is the one reported.</summary>
    private async Task StoreEvidenceOfFailedCrawlAsync(SiteEvidence pack, string unit, Exception failure)
    {
        try
        {
            using var timeout = new CancellationTokenSource(FailedCrawlEvidenceTimeout);
            await pack.SaveAsync(timeout.Token);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Crawl of {Unit} failed ({Failure}) and its evidence pack {Blob} could not be stored", unit, failure.GetType().Name, pack.BlobName);
        }
    }

    private sealed record PenaltyListLook(PenaltyListRead Read, IReadOnlyList<PublishedSighting> Sightings);

    private const string WebRulePrefix = "WEB-";
}
