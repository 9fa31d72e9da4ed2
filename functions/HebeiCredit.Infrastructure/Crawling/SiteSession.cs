using HebeiCredit.Auditing.Sites;

namespace HebeiCredit.Infrastructure.Crawling;

/// <summary>
/// One site's crawl: every fetch through it shares the site's time budget (<see cref="CrawlOptions.SiteTimeBudget"/>),
/// so a slow site cannot hold a crawl worker for ever. Once the budget is spent, fetches report BudgetExhausted.
/// </summary>
public sealed class SiteSession : IDisposable
{
    private readonly PageFetcher fetcher;
    private readonly CancellationTokenSource budget;

    internal SiteSession(PageFetcher fetcher, SiteEntry site, TimeSpan timeBudget, TimeProvider clock)
    {
        this.fetcher = fetcher;
        Site = site;
        budget = new CancellationTokenSource(timeBudget, clock);
    }

    public SiteEntry Site { get; }

    public bool BudgetExhausted => budget.IsCancellationRequested;

    public Task<(FetchOutcome Outcome, PageBody Body)> FetchAsync(Uri url, CancellationToken cancellationToken) =>
        fetcher.FetchAsync(Site, url, FetchPurpose.Crawl, budget.Token, cancellationToken);

    public void Dispose() => budget.Dispose();
}
