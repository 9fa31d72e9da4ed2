using HebeiCredit.Auditing.Sites;
using HebeiCredit.Infrastructure.Crawling;
using HebeiCredit.Simulation;
using HebeiCredit.Testing;
using Microsoft.Extensions.Options;

namespace HebeiCredit.Infrastructure.Tests.Crawling;

public sealed class PageFetcherTests
{
    [Fact]
    public async Task FetchAsync_HealthySimulatedSite_Succeeds()
    {
        await using var province = await TestProvince.StartAsync();
        var options = Options.Create(new CrawlOptions { RequestTimeout = TimeSpan.FromSeconds(2) });
        using var http = new HttpClient(PageFetcher.CreateHandler(options.Value));
        var fetcher = new PageFetcher(http, options, TimeProvider.System);
        var site = province.Registry.Find("1301")!;

        var (outcome, body) = await fetcher.FetchAsync(site, site.Portal!, CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.ToString());
        Assert.Equal(200, outcome.StatusCode);
        Assert.False(body.IsEmpty);
    }
}
