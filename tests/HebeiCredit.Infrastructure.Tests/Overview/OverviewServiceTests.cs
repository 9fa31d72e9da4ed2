using System.Text;
using Azure.Storage.Blobs;
using HebeiCredit.Infrastructure.Overview;
using HebeiCredit.Infrastructure.Sites;
using HebeiCredit.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace HebeiCredit.Infrastructure.Tests.Overview;

/// <summary>The overview site over Azurite, in containers of its own so other runs' notices do not show up.</summary>
public sealed class OverviewServiceTests : IAsyncLifetime
{
    private readonly List<BlobContainerClient> containers = [];

    private static readonly DateTimeOffset Built = new(2026, 11, 21, 2, 0, 0, TimeSpan.Zero);

    private sealed record Site(BlobContainerClient Notices, BlobContainerClient Web, OverviewService Service);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var container in containers)
        {
            await container.DeleteIfExistsAsync();
        }
    }

    private async Task<Site> ArrangeAsync(string? registryPath = null)
    {
        var clients = await Azurite.ConnectAsync();
        var suffix = Guid.NewGuid().ToString("N")[..12];
        var notices = clients.Blobs.GetBlobContainerClient($"notices-{suffix}");
        var web = clients.Blobs.GetBlobContainerClient($"web-{suffix}");
        var registry = new SiteRegistryLoader(
            Options.Create(new SiteRegistryOptions { Path = registryPath ?? RepositoryPaths.Of("samples/registry/hebei.sites.json") }), clients);
        var service = new OverviewService(clients, registry, new FakeTimeProvider(Built), notices.Name, web.Name);
        containers.AddRange([notices, web]);
        await notices.CreateIfNotExistsAsync();
        return new Site(notices, web, service);
    }

    private static Task PutAsync(BlobContainerClient container, string name, string content) =>
        container.GetBlobClient(name).UploadAsync(new BinaryData(Encoding.UTF8.GetBytes(content)), overwrite: true);

    private static async Task<string> ReadAsync(BlobContainerClient container, string name) =>
        (await container.GetBlobClient(name).DownloadContentAsync()).Value.Content.ToString();

    [Fact]
    public async Task BuildAsync_TwoPeriods_IndexLinksEveryFileAndCopiesIt()
    {
        var site = await ArrangeAsync();
        await PutAsync(site.Notices, "2026-10/督导通报.docx", "october");
        await PutAsync(site.Notices, "2026-11/督导通报.docx", "docx");
        await PutAsync(site.Notices, "2026-11/督导通报.html", "<p>html</p>");
        await PutAsync(site.Notices, "2026-11/1304/整改清单.xlsx", "xlsx");
        await PutAsync(site.Notices, "2026-11/整改清单-1306.docx", "baoding");

        var files = await site.Service.BuildAsync(CancellationToken.None);
        var index = await ReadAsync(site.Web, "index.html");

        Assert.Equal(5, files.Count);
        foreach (var file in files)
        {
            Assert.Contains($"href=\"{OverviewPage.Href(file.WebPath)}\"", index);
            Assert.Equal(await ReadAsync(site.Notices, $"{file.Period}/{file.Path}"), await ReadAsync(site.Web, file.WebPath));
        }

        Assert.Contains("<h2>2026年11月</h2>", index);
        Assert.Contains("<h2>2026年10月</h2>", index);
        Assert.Contains("<strong>邯郸市（1304）</strong>", index);
        Assert.Contains("<strong>保定市（1306）</strong>", index);
        Assert.Contains("共 2 期，更新于 2026-11-21 10:00（北京时间）", index);
        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", index);
        Assert.DoesNotContain("http://", index);
        Assert.DoesNotContain("https://", index);
        Assert.Equal("text/html; charset=utf-8", (await site.Web.GetBlobClient("index.html").GetPropertiesAsync()).Value.ContentType);
        Assert.Equal(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            (await site.Web.GetBlobClient("notices/2026-11/1304/整改清单.xlsx").GetPropertiesAsync()).Value.ContentType);
    }

    [Fact]
    public async Task BuildAsync_MarkupInAPeriodOrFileName_ComesOutEscaped()
    {
        var site = await ArrangeAsync();
        await PutAsync(site.Notices, "x\"><svg onload=alert(1)>/<img src=x onerror=alert(2)>.html", "evil");

        await site.Service.BuildAsync(CancellationToken.None);
        var index = await ReadAsync(site.Web, "index.html");

        Assert.DoesNotContain("<svg", index);
        Assert.DoesNotContain("<img", index);
        Assert.Contains("<section id=\"period-x&quot;&gt;&lt;svg onload=alert(1)&gt;\">", index);
        Assert.Contains("<h2>专项（x&quot;&gt;&lt;svg onload=alert(1)&gt;）</h2>", index);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;.html", index);
        Assert.Contains("href=\"notices/x%22%3E%3Csvg%20onload%3Dalert%281%29%3E/%3Cimg%20src%3Dx%20onerror%3Dalert%282%29%3E.html\"", index);
    }

    [Fact]
    public async Task BuildAsync_FileGoneFromNotices_IsRemovedFromTheSite()
    {
        var site = await ArrangeAsync();
        await PutAsync(site.Notices, "2026-11/督导通报.docx", "v1");
        await PutAsync(site.Notices, "2026-11/旧文件.docx", "old");
        await site.Service.BuildAsync(CancellationToken.None);

        await site.Notices.DeleteBlobAsync("2026-11/旧文件.docx");
        await PutAsync(site.Notices, "2026-11/督导通报.docx", "v2");
        await site.Service.BuildAsync(CancellationToken.None);

        Assert.False((await site.Web.GetBlobClient("notices/2026-11/旧文件.docx").ExistsAsync()).Value);
        Assert.Equal("v2", await ReadAsync(site.Web, "notices/2026-11/督导通报.docx"));
        Assert.DoesNotContain("旧文件", await ReadAsync(site.Web, "index.html"));
    }

    [Fact]
    public async Task BuildAsync_NoRegistryNoNotices_SaysNothingYetAndShowsCodes()
    {
        var site = await ArrangeAsync(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".json"));

        var files = await site.Service.BuildAsync(CancellationToken.None);

        Assert.Empty(files);
        Assert.Contains("尚未生成任何通报。", await ReadAsync(site.Web, "index.html"));
    }

    [Theory]
    [InlineData("督导通报.docx", null)]
    [InlineData("1304/整改清单.xlsx", "1304")]
    [InlineData("units/130183/整改清单.docx", "130183")]
    [InlineData("整改清单-1306.html", "1306")]
    [InlineData("整改清单_133100.xlsx", "133100")]
    [InlineData("附件20261130.docx", null)]
    public void UnitOf_Path_FindsTheUnitCode(string path, string? unit)
    {
        Assert.Equal(unit, OverviewService.UnitOf(path));
    }
}
