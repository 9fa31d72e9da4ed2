using System.Security.Cryptography;
using System.Text;
using HebeiCredit.Auditing.Sites;
using HebeiCredit.Infrastructure.Sites;
using HebeiCredit.Infrastructure.Storage;
using HebeiCredit.Infrastructure.Tests.Crawling;
using HebeiCredit.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace HebeiCredit.Infrastructure.Tests.Sites;

/// <summary>The crawl's evidence pack over Azurite and a loopback portal: stored before the findings, and also when the crawl fails.</summary>
public sealed class SiteCrawlerEvidenceTests
{
    private const string Home = "<html><body><nav><a href=\"/xydt/index.html\">信用动态</a></nav><p>欢迎访问信用中国（河北测试市）</p></body></html>";
    private static readonly DateTimeOffset Now = new(2026, 3, 16, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task CrawlAsync_FailsHalfWay_StillStoresThePagesItFetched()
    {
        using var crawl = new CancellationTokenSource();
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            if (context.Request.Path == "/")
            {
                return context.Response.WriteAsync(Home);
            }

            // The crawl is stopped while it waits for the column page.
            crawl.Cancel();
            return LoopbackServer.HangAsync(context);
        });
        await Azurite.ConnectAsync();
        await using var services = TestServices.Build(clock: new FixedClock(Now));
        var site = server.Site() with { Unit = $"t{Guid.NewGuid():N}" };
        var runId = "test-" + Guid.NewGuid().ToString("N");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            services.GetRequiredService<SiteCrawler>().CrawlAsync(new CrawlRequest(runId, site), crawl.Token));

        var pack = EvidenceStore.PackName(site.Unit, Now, runId);
        var homeSha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Home)));
        var evidence = services.GetRequiredService<EvidenceStore>();
        Assert.Equal(Encoding.UTF8.GetBytes(Home), await evidence.ReadAsync(pack, homeSha, CancellationToken.None));
        Assert.Equal([server.Url("/")], (await evidence.ReadManifestAsync(pack, CancellationToken.None)).Select(p => p.Url));
    }

    [Fact]
    public async Task CrawlAsync_EveryPage_IsInTheCheckedPackUnderItsHash()
    {
        await using var server = await LoopbackServer.StartAsync(context => context.Response.WriteAsync(
            context.Request.Path == "/" ? Home : "<html><body><ul><li><a href=\"a.html\">关于开展诚信宣传周活动的通知</a><span>2026-03-10</span></li></ul></body></html>"));
        await Azurite.ConnectAsync();
        await using var services = TestServices.Build(clock: new FixedClock(Now));
        var site = server.Site() with { Unit = $"t{Guid.NewGuid():N}" };

        var check = await services.GetRequiredService<SiteCrawler>().CrawlAsync(new CrawlRequest("test-" + Guid.NewGuid().ToString("N"), site), CancellationToken.None);

        var evidence = services.GetRequiredService<EvidenceStore>();
        var manifest = await evidence.ReadManifestAsync(check.EvidenceBlob!, CancellationToken.None);
        Assert.Equal([server.Url("/"), server.Url("/xydt/index.html")], manifest.Select(p => p.Url!).OrderBy(u => u.AbsoluteUri).ToList());
        foreach (var page in manifest)
        {
            var bytes = await evidence.ReadAsync(check.EvidenceBlob!, page.Sha256, CancellationToken.None);
            Assert.Equal(page.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes!)));
        }

        Assert.All(check.Findings.SelectMany(f => f.Evidence).Where(e => e.SnapshotBlob is not null), e => Assert.Equal(check.EvidenceBlob, e.SnapshotBlob));
    }
}
