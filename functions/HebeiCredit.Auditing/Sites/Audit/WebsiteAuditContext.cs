using HebeiCredit.Auditing.Sites.Availability;
using HebeiCredit.Auditing.Sites.Freshness;
using HebeiCredit.Auditing.Sites.Policy;

namespace HebeiCredit.Auditing.Sites.Audit;

/// <summary>What the rules judge: the crawl read once, the availability window, the policy and the time of the audit.</summary>
/// <param name="Home">The home page read, null when it could not be fetched.</param>
internal sealed record WebsiteAuditContext(
    SiteCrawlResult Crawl,
    PageAssessment? Home,
    FreshnessFacts? HomeFreshness,
    IReadOnlyList<ColumnAssessment> Columns,
    AvailabilityStats? Availability,
    WebsitePolicy Policy,
    DateTimeOffset Now)
{
    public string Unit => Crawl.Unit;

    public DateOnly CrawlDate => Time.ChinaTime.DateOf(Crawl.CrawledAt);
}
