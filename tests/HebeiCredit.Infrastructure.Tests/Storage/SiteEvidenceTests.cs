using System.Security.Cryptography;
using System.Text;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using HebeiCredit.Auditing.Sites;
using HebeiCredit.Infrastructure.Crawling;
using HebeiCredit.Infrastructure.Storage;
using HebeiCredit.Testing;

namespace HebeiCredit.Infrastructure.Tests.Storage;

/// <summary>Against Azurite: each test uses its own unit id, so the shared evidence container's other blobs never match.</summary>
public sealed class SiteEvidenceTests
{
    private const string Listing = "list";
    private const string Upload = "PUT";
    private static readonly DateTimeOffset Noon = new(2026, 3, 16, 12, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateOnly Day = new(2026, 3, 16);

    private readonly RequestCounter counter = new();
    private readonly EvidenceStore store;
    private readonly string unit = "t" + Guid.NewGuid().ToString("N")[..12];

    public SiteEvidenceTests()
    {
        var options = new BlobClientOptions();
        options.AddPolicy(counter, HttpPipelinePosition.PerCall);
        store = new EvidenceStore(new StorageClients(
            new BlobServiceClient(Azurite.ConnectionString, options),
            new QueueServiceClient(Azurite.ConnectionString),
            new TableServiceClient(Azurite.ConnectionString)));
    }

    [Fact]
    public async Task SaveAsync_NewPage_StoresItGzippedUnderItsHashWithOneUpload()
    {
        await Azurite.ConnectAsync();
        var (fetch, body) = Page("<html>信用动态</html>", Noon);

        var (blob, sha256) = await store.BeginSite(unit, Day).SaveAsync(fetch, body, CancellationToken.None);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(body.Bytes.Span)), sha256);
        Assert.Equal($"2026-03-16/{unit}/{sha256}", blob);
        Assert.Equal([Listing, Upload], counter.Requests);
        Assert.Equal(body.Bytes.ToArray(), await store.ReadAsync(blob, CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_PagesStoredByAnEarlierCrawlThatDay_SendsOnlyTheListingAndKeepsTheFirstEvidence()
    {
        await Azurite.ConnectAsync();
        var home = Page("<html>首页</html>", Noon);
        var column = Page("<html>信用修复</html>", Noon);
        var first = store.BeginSite(unit, Day);
        var (homeBlob, _) = await first.SaveAsync(home.Fetch, home.Body, CancellationToken.None);
        await first.SaveAsync(column.Fetch, column.Body, CancellationToken.None);
        counter.Clear();

        var again = store.BeginSite(unit, Day);
        var later = Page("<html>首页</html>", Noon.AddHours(2));
        var (blob, _) = await again.SaveAsync(later.Fetch, later.Body, CancellationToken.None);
        await again.SaveAsync(column.Fetch, column.Body, CancellationToken.None);

        Assert.Equal(homeBlob, blob);
        Assert.Equal([Listing], counter.Requests);
        Assert.Equal(Noon.ToString("O"), await FetchedAtAsync(blob));
    }

    [Fact]
    public async Task SaveAsync_SameBytesTwiceInOneCrawl_UploadsThemOnce()
    {
        await Azurite.ConnectAsync();
        var page = Page("<html>暂无信息</html>", Noon);
        var evidence = store.BeginSite(unit, Day);

        var saved = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => evidence.SaveAsync(page.Fetch, page.Body, CancellationToken.None)));

        Assert.Single(saved.Distinct());
        Assert.Equal([Listing, Upload], counter.Requests);
    }

    [Fact]
    public async Task SaveAsync_PageStoredByAnotherCrawlAfterTheListing_KeepsTheOtherCrawlsEvidence()
    {
        await Azurite.ConnectAsync();
        var ours = store.BeginSite(unit, Day);
        var home = Page("<html>首页</html>", Noon);
        await ours.SaveAsync(home.Fetch, home.Body, CancellationToken.None);
        var column = Page("<html>双公示</html>", Noon);
        var (stored, _) = await store.BeginSite(unit, Day).SaveAsync(column.Fetch, column.Body, CancellationToken.None);

        var later = Page("<html>双公示</html>", Noon.AddMinutes(1));
        var (blob, _) = await ours.SaveAsync(later.Fetch, later.Body, CancellationToken.None);

        Assert.Equal(stored, blob);
        Assert.Equal(Noon.ToString("O"), await FetchedAtAsync(blob));
    }

    [Fact]
    public async Task SaveAsync_PageFetchedAfterMidnight_StoresItUnderItsOwnDate()
    {
        await Azurite.ConnectAsync();
        var page = Page("<html>信用承诺</html>", new DateTimeOffset(2026, 3, 17, 0, 0, 5, TimeSpan.FromHours(8)));

        var (blob, sha256) = await store.BeginSite(unit, Day).SaveAsync(page.Fetch, page.Body, CancellationToken.None);

        Assert.Equal($"2026-03-17/{unit}/{sha256}", blob);
        Assert.Equal(page.Body.Bytes.ToArray(), await store.ReadAsync(blob, CancellationToken.None));
    }

    private static (FetchOutcome Fetch, PageBody Body) Page(string html, DateTimeOffset fetchedAt)
    {
        var url = new Uri("http://t.sim.localhost/index.html");
        var bytes = Encoding.UTF8.GetBytes(html);
        return (new FetchOutcome(url, fetchedAt, TimeSpan.FromMilliseconds(50), FetchErrorKind.None, 200, url, bytes.Length, "text/html; charset=utf-8"),
            new PageBody(bytes) { Text = html });
    }

    private async Task<string> FetchedAtAsync(string blob)
    {
        var client = new BlobServiceClient(Azurite.ConnectionString).GetBlobContainerClient(StorageNames.EvidenceContainer).GetBlobClient(blob);
        return (await client.GetPropertiesAsync()).Value.Metadata["fetchedAt"];
    }
}
