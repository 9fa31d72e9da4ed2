using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Sites;
using HebeiCredit.Auditing.Sites.Audit;
using HebeiCredit.Auditing.Sites.Availability;
using HebeiCredit.Auditing.Sites.Columns;
using HebeiCredit.Auditing.Sites.Policy;
using HebeiCredit.Auditing.Time;
using HebeiCredit.Infrastructure.Crawling;
using HebeiCredit.Infrastructure.Storage;

namespace HebeiCredit.Infrastructure.Sites;

/// <summary>
/// Crawls one site and audits it: walks the portal, reads the probe history of the rolling window, applies the
/// WEB-* rules, and records the check and the findings.
/// </summary>
public sealed class SiteCrawler(
    PageFetcher fetcher,
    EvidenceStore evidence,
    SiteCheckStore checks,
    ProbeStore probes,
    FindingStore findings,
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
        var crawl = await new PortalWalker(session, evidence.BeginSite(site.Unit, ChinaTime.DateOf(now)), policy, ColumnCatalog.Default.ForSite(site.Columns), now).WalkAsync(cancellationToken);
        var availability = AvailabilityCalculator.Compute(
            await probes.ListAsync(site.Unit, cancellationToken, now.AddDays(-policy.ProbeWindowDays)), now, policy);
        var audit = SiteAudit.Evaluate(crawl, availability, policy, now);
        await findings.RecordAuditAsync(site.Unit, WebRulePrefix, audit.Findings, request.RunId, now, cancellationToken);

        var result = new SiteCheck(request.RunId, site, crawl.Home.Fetch, crawl.Home.SnapshotBlob, crawl.Home.Sha256, audit.Findings, audit.Columns, availability);
        await checks.SaveAsync(result, cancellationToken);
        return result;
    }

    private const string WebRulePrefix = "WEB-";
}
