using HebeiCredit.Auditing.Sites;
using HebeiCredit.Infrastructure.Crawling;
using HebeiCredit.Infrastructure.Storage;

namespace HebeiCredit.Infrastructure.Sites;

/// <summary>Crawls one site: its home page now, kept as evidence and recorded in table SiteChecks.</summary>
public sealed class SiteCrawler(PageFetcher fetcher, EvidenceStore evidence, SiteCheckStore checks, TimeProvider clock)
{
    public async Task<SiteCheck> CrawlAsync(CrawlRequest request, CancellationToken cancellationToken)
    {
        var site = request.Site;
        SiteCheck check;
        if (site.Portal is null)
        {
            var unknown = new FetchOutcome(null, clock.GetUtcNow(), TimeSpan.Zero, FetchErrorKind.AddressUnknown, Error: site.Note, Attempts: 0);
            check = new SiteCheck(request.RunId, site, unknown, null, null);
        }
        else
        {
            var (outcome, body) = await fetcher.FetchAsync(site, site.Portal, cancellationToken);
            var (blob, sha256) = body.IsEmpty ? (null, null) : await evidence.SaveAsync(site.Unit, outcome, body.Bytes, cancellationToken);
            check = new SiteCheck(request.RunId, site, outcome, blob, sha256);
        }

        await checks.SaveAsync(check, cancellationToken);
        return check;
    }
}
