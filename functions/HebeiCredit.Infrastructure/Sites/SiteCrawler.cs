using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Sites;
using HebeiCredit.Auditing.Sites.Audit;
using HebeiCredit.Auditing.Sites.Availability;
using HebeiCredit.Auditing.Sites.Columns;
using HebeiCredit.Auditing.Sites.Policy;
using HebeiCredit.Auditing.Time;
using HebeiCredit.Infrastructure.Crawling;
using HebeiCredit.Infrastructure.Publication;
using HebeiCredit.Infrastructure.Storage;

namespace HebeiCredit.Infrastructure.Sites;

/// <summary>
/// Crawls one site and audits it: walks the portal, reads the probe history of the rolling window, applies the
/// WEB-* rules, and records the check and the findings; then reads the unit's 行政处罚 list when the registry
/// configures one and records what it shows in table PublishedRecords.
/// </summary>
public sealed class SiteCrawler(
    PageFetcher fetcher,
    EvidenceStore evidence,
    SiteCheckStore checks,
    ProbeStore probes,
    FindingStore findings,
    PublishedRecordStore published,
    WebsitePolicy policy,
    TimeProvider clock)
{
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
        var siteEvidence = evidence.BeginSite(site.Unit, ChinaTime.DateOf(now));
        var crawl = await new PortalWalker(session, siteEvidence, policy, ColumnCatalog.Default.ForSite(site.Columns), now).WalkAsync(cancellationToken);
        var availability = AvailabilityCalculator.Compute(
            await probes.ListAsync(site.Unit, cancellationToken, now.AddDays(-policy.ProbeWindowDays)), now, policy);
        var audit = SiteAudit.Evaluate(crawl, availability, policy, now);
        await findings.RecordAuditAsync(site.Unit, WebRulePrefix, audit.Findings, request.RunId, now, cancellationToken);
        var penaltyList = site.PenaltyList is { } list && crawl.Home.Fetch.Succeeded
            ? await ReadPenaltyListAsync(session, siteEvidence, list, now, cancellationToken)
            : null;

        var result = new SiteCheck(
            request.RunId, site, crawl.Home.Fetch, crawl.Home.SnapshotBlob, crawl.Home.Sha256, audit.Findings, audit.Columns, availability, penaltyList);
        await checks.SaveAsync(result, cancellationToken);
        return result;
    }

    /// <summary>Records what the unit's 行政处罚 list shows, only when it was read to its end: a failed read must not look like removals.</summary>
    private async Task<PenaltyListRead> ReadPenaltyListAsync(SiteSession session, SiteEvidence siteEvidence, PenaltyListSettings list, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (read, sightings) = await new PenaltyListCrawler(session, siteEvidence, policy, now).ReadAsync(list, cancellationToken);
        if (read.Complete)
        {
            await published.RecordObservationAsync(session.Site.Unit, sightings, now, cancellationToken);
        }

        return read;
    }

    private const string WebRulePrefix = "WEB-";
}
