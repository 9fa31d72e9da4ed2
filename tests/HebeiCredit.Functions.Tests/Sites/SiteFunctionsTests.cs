using HebeiCredit.Auditing.Sites;
using HebeiCredit.Functions.Sites;
using HebeiCredit.Infrastructure.Sites;
using HebeiCredit.Infrastructure.Storage;
using HebeiCredit.Simulation;
using HebeiCredit.Testing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace HebeiCredit.Functions.Tests.Sites;

/// <summary>The function classes called directly, over Azurite and the simulated province, as the host would call them.</summary>
public sealed class SiteFunctionsTests
{
    [Fact]
    public async Task ScheduleCrawls_RegistryInConfigContainer_EnqueuesOneMessagePerSite()
    {
        var clients = await Azurite.ConnectAsync();
        var blobName = $"test-{Guid.NewGuid():N}.json";
        var queueName = $"crawl-test-{Guid.NewGuid():N}"[..30];
        await using var province = await TestProvince.StartAsync();
        var config = clients.Blobs.GetBlobContainerClient(StorageNames.ConfigContainer);
        await config.CreateIfNotExistsAsync();
        await config.UploadBlobAsync(blobName, BinaryData.FromString(province.RegistryJson));
        await using var services = TestServices.Build(new Dictionary<string, string?> { ["SiteRegistry:Blob"] = blobName });
        var queue = new CrawlQueue(clients, queueName);
        var scheduler = new CrawlScheduler(services.GetRequiredService<SiteRegistryLoader>(), queue);

        await new ScheduleCrawls(scheduler, TimeProvider.System, NullLogger<ScheduleCrawls>.Instance).Run(new TimerInfo(), CancellationToken.None);

        var messages = await queue.PeekAsync(32, CancellationToken.None);
        Assert.Equal(32, messages.Count);
        var properties = await clients.Queues.GetQueueClient(queueName).GetPropertiesAsync();
        Assert.Equal(33, properties.Value.ApproximateMessagesCount);
        Assert.All(messages, m => Assert.Equal(province.Registry.Find(m.Site.Unit), m.Site));
        await clients.Queues.DeleteQueueAsync(queueName);
    }

    [Fact]
    public async Task CrawlSite_QueueMessage_RecordsTheCheckAndTheEvidence()
    {
        await Azurite.ConnectAsync();
        await using var province = await TestProvince.StartAsync();
        await using var services = TestServices.Build();
        var runId = "test-" + Guid.NewGuid().ToString("N");
        var message = System.Text.Json.JsonSerializer.Serialize(
            new CrawlRequest(runId, province.Registry.Find("1311")!), new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web));

        await new CrawlSite(services.GetRequiredService<SiteCrawler>(), NullLogger<CrawlSite>.Instance).Run(message, CancellationToken.None);

        var row = Assert.Single(await services.GetRequiredService<SiteCheckStore>().ListAsync("1311", CancellationToken.None), r => r.GetString("RunId") == runId);
        Assert.Equal("None", row.GetString("ErrorKind"));
        var evidence = await services.GetRequiredService<EvidenceStore>().ReadAsync(row.GetString("EvidenceBlob"), row.GetString("Sha256"), CancellationToken.None);
        Assert.Contains("信用中国（河北衡水市）", System.Text.Encoding.UTF8.GetString(evidence!));
    }

    [Fact]
    public async Task ProbeSites_Timer_WritesOneProbePerSite()
    {
        await Azurite.ConnectAsync();
        var clock = ShiftedClock.Anywhere();
        await using var province = await TestProvince.StartAsync(clock);
        var registryFile = Path.Combine(Path.GetTempPath(), $"sites-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(registryFile, province.RegistryJson);
        await using var services = TestServices.Build(new Dictionary<string, string?> { ["SiteRegistry:Path"] = registryFile }, clock);
        var started = clock.GetUtcNow().AddSeconds(-1);
        bool ThisRun(FetchOutcome probe) => probe.FetchedAt >= started && probe.FetchedAt <= clock.GetUtcNow();

        await new ProbeSites(services.GetRequiredService<SiteRegistryLoader>(), services.GetRequiredService<SiteProber>(), NullLogger<ProbeSites>.Instance)
            .Run(new TimerInfo(), CancellationToken.None);

        var probes = services.GetRequiredService<ProbeStore>();
        foreach (var site in province.Registry.Sites)
        {
            Assert.Single(await probes.ListAsync(site.Unit, CancellationToken.None), ThisRun);
        }

        Assert.Equal(FetchErrorKind.HttpStatus, (await probes.ListAsync("1303", CancellationToken.None)).Single(ThisRun).ErrorKind);
        File.Delete(registryFile);
    }
}
