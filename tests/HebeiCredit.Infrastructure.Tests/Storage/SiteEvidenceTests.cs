using System.IO.Compression;
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
    private const string Upload = "PUT";
    private static readonly DateTimeOffset Noon = new(2026, 3, 16, 12, 0, 0, TimeSpan.FromHours(8));

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
    public async Task SaveAsync_PagesOfOneCrawl_StoresOnePackWithOneUpload()
    {
        await Azurite.ConnectAsync();
        var home = Page("<html>首页</html>", Noon, "/");
        var column = Page("<html>信用修复</html>", Noon.AddSeconds(1), "/xyxf/index.html");
        var evidence = store.BeginSite(unit, Noon, "run-1");

        var homeSha = evidence.Add(home.Fetch, home.Body);
        var columnSha = evidence.Add(column.Fetch, column.Body);
        await evidence.SaveAsync(CancellationToken.None);

        Assert.Equal([Upload], counter.Requests);
        Assert.Equal(EvidenceStore.PackName(unit, Noon, "run-1"), evidence.BlobName);
        Assert.Matches($@"^2026-03-16/{unit}/120000-[0-9a-f]{{8}}\.zip$", evidence.BlobName);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(home.Body.Bytes.Span)), homeSha);
        Assert.Equal(home.Body.Bytes.ToArray(), await store.ReadAsync(evidence.BlobName, homeSha, CancellationToken.None));
        Assert.Equal(column.Body.Bytes.ToArray(), await store.ReadAsync(evidence.BlobName, columnSha, CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_Manifest_NamesEveryFetchWithItsUrlStatusHeadersAndTime()
    {
        await Azurite.ConnectAsync();
        var first = Page("<html>暂无信息</html>", Noon, "/a/index.html");
        var second = Page("<html>暂无信息</html>", Noon.AddSeconds(2), "/b/index.html");
        var evidence = store.BeginSite(unit, Noon, "run-1");
        var sha = evidence.Add(first.Fetch, first.Body);
        evidence.Add(second.Fetch, second.Body);

        await evidence.SaveAsync(CancellationToken.None);

        var manifest = await store.ReadManifestAsync(evidence.BlobName, CancellationToken.None);
        Assert.Equal([first.Fetch.Url, second.Fetch.Url], manifest.Select(p => p.Url));
        Assert.All(manifest, p => Assert.Equal((sha, (int?)200, "text/html; charset=utf-8"), (p.Sha256, p.Status, p.ContentType)));
        Assert.Equal([Noon, Noon.AddSeconds(2)], manifest.Select(p => p.FetchedAt));
        Assert.Equal(["Server", "sim"], manifest[0].Headers.Single());
    }

    [Fact]
    public async Task SaveAsync_SameBytesTwice_StoresOneDeflatedEntry()
    {
        await Azurite.ConnectAsync();
        var page = Page(string.Concat(Enumerable.Repeat("<p>信用动态 2026-03-16</p>", 200)), Noon, "/");
        var evidence = store.BeginSite(unit, Noon, "run-1");
        evidence.Add(page.Fetch, page.Body);
        evidence.Add(page.Fetch, page.Body);

        await evidence.SaveAsync(CancellationToken.None);

        var content = (await Container().GetBlobClient(evidence.BlobName).DownloadContentAsync()).Value.Content;
        using var zip = new ZipArchive(content.ToStream(), ZipArchiveMode.Read);
        var entry = Assert.Single(zip.Entries, e => e.Name != "pages.json");
        Assert.Equal(page.Body.Bytes.Length, entry.Length);
        Assert.True(entry.CompressedLength < entry.Length / 4, $"{entry.CompressedLength} of {entry.Length}");
    }

    [Fact]
    public async Task SaveAsync_CalledAgain_UploadsOnce()
    {
        await Azurite.ConnectAsync();
        var page = Page("<html>首页</html>", Noon, "/");
        var evidence = store.BeginSite(unit, Noon, "run-1");
        evidence.Add(page.Fetch, page.Body);

        await Task.WhenAll(evidence.SaveAsync(CancellationToken.None), evidence.SaveAsync(CancellationToken.None));

        Assert.Equal([Upload], counter.Requests);
    }

    [Fact]
    public async Task SaveAsync_NothingFetched_StoresNothing()
    {
        await Azurite.ConnectAsync();

        await store.BeginSite(unit, Noon, "run-1").SaveAsync(CancellationToken.None);

        Assert.Empty(counter.Requests);
    }

    [Fact]
    public void PackName_OtherRunSameSecond_DiffersByTheRun()
    {
        Assert.NotEqual(EvidenceStore.PackName(unit, Noon, "run-1"), EvidenceStore.PackName(unit, Noon, "run-2"));
        Assert.StartsWith($"2026-03-17/{unit}/000005-", EvidenceStore.PackName(unit, new DateTimeOffset(2026, 3, 16, 16, 0, 5, TimeSpan.Zero), "run-1"));
    }

    [Fact]
    public async Task ReadAsync_PageNotInThePack_ReturnsNull()
    {
        await Azurite.ConnectAsync();
        var page = Page("<html>首页</html>", Noon, "/");
        var evidence = store.BeginSite(unit, Noon, "run-1");
        evidence.Add(page.Fetch, page.Body);
        await evidence.SaveAsync(CancellationToken.None);

        Assert.Null(await store.ReadAsync(evidence.BlobName, new string('0', 64), CancellationToken.None));
        Assert.Null(await store.ReadAsync($"2026-03-16/{unit}/missing.zip", new string('0', 64), CancellationToken.None));
    }

    [Fact]
    public async Task ReadAsync_SinglePageBlobStoredBeforePacks_ReturnsItsBytes()
    {
        await Azurite.ConnectAsync();
        var bytes = Encoding.UTF8.GetBytes("<html>旧证据</html>");
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var name = $"2026-03-16/{unit}/{sha}";
        using var gzipped = new MemoryStream();
        using (var gzip = new GZipStream(gzipped, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        await Container().CreateIfNotExistsAsync();
        await Container().UploadBlobAsync(name, new BinaryData(gzipped.ToArray()));

        Assert.Equal(bytes, await store.ReadAsync(name, sha, CancellationToken.None));
    }

    private static BlobContainerClient Container() =>
        new BlobServiceClient(Azurite.ConnectionString).GetBlobContainerClient(StorageNames.EvidenceContainer);

    private static (FetchOutcome Fetch, PageBody Body) Page(string html, DateTimeOffset fetchedAt, string path)
    {
        var url = new Uri("http://t.sim.localhost" + path);
        var bytes = Encoding.UTF8.GetBytes(html);
        return (new FetchOutcome(url, fetchedAt, TimeSpan.FromMilliseconds(50), FetchErrorKind.None, 200, url, bytes.Length, "text/html; charset=utf-8"),
            new PageBody(bytes) { Text = html, Headers = [KeyValuePair.Create("Server", "sim")] });
    }
}
