using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Sites.Audit;
using HebeiCredit.Auditing.Sites.Availability;
using HebeiCredit.Auditing.Sites.Policy;
using HebeiCredit.Auditing.Sites.Rules;

namespace HebeiCredit.Auditing.Tests.Sites.Rules;

internal static class RuleRun
{
    public static readonly DateTimeOffset Now = FakeCrawl.CrawledAt.AddHours(1);

    public static List<Finding> Findings(IWebsiteRule rule, SiteCrawlResult crawl, AvailabilityStats? availability = null, WebsitePolicy? policy = null) =>
        rule.Evaluate(SiteAudit.Read(crawl, availability, policy ?? WebsitePolicy.Default, Now)).ToList();

    public static List<Finding> Findings(IWebsiteRule rule, Action<Dictionary<string, string>> change, WebsitePolicy? policy = null)
    {
        var pages = HealthyPortal.Pages();
        change(pages);
        return Findings(rule, FakeCrawl.Of(HealthyPortal.HomeHtml, pages), null, policy);
    }

    public static List<Finding> Healthy(IWebsiteRule rule) => Findings(rule, _ => { });
}
