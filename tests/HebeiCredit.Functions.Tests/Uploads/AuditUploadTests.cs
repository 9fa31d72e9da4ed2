using System.Text;
using Azure.Storage.Blobs;
using HebeiCredit.Auditing.Time;
using HebeiCredit.Functions.Uploads;
using HebeiCredit.Infrastructure.Storage;
using HebeiCredit.Infrastructure.Uploads;
using HebeiCredit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace HebeiCredit.Functions.Tests.Uploads;

/// <summary>The AuditUpload function class called directly over Azurite, with the production registrations.</summary>
public sealed class AuditUploadTests
{
    [Fact]
    public async Task Run_LedgerCsvInTheInbox_MovesItToArchive()
    {
        await using var services = await ServicesAsync();
        var store = services.GetRequiredService<UploadStore>();
        var file = $"台账-{Guid.NewGuid():N}.csv";
        var bytes = Encoding.UTF8.GetBytes("行政相对人名称,行政处罚决定书文号,处罚决定日期\n石家庄市华北商贸有限公司,冀石市监罚〔2026〕12号,2026/03/02\n");
        var date = await PutAsync(store.Inbox, $"ledgers/1301/{file}", bytes);

        await RunAsync(services, store.Inbox, "ledgers", "1301", file);

        Assert.False(await store.Inbox.GetBlobClient($"ledgers/1301/{file}").ExistsAsync());
        var archived = await store.Archive.GetBlobClient($"ledgers/1301/{date:yyyy-MM-dd}/{file}").DownloadContentAsync();
        Assert.Equal(bytes, archived.Value.Content.ToArray());
    }

    [Fact]
    public async Task Run_MalformedXlsx_MovesItToRejectedWithTheChineseReport()
    {
        await using var services = await ServicesAsync();
        var store = services.GetRequiredService<UploadStore>();
        var file = $"处罚-{Guid.NewGuid():N}.xlsx";
        var date = await PutAsync(store.Inbox, $"platform/1306/{file}", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]);

        await RunAsync(services, store.Inbox, "platform", "1306", file);

        Assert.False(await store.Inbox.GetBlobClient($"platform/1306/{file}").ExistsAsync());
        Assert.True(await store.Rejected.GetBlobClient($"platform/1306/{date:yyyy-MM-dd}/{file}").ExistsAsync());
        var report = await store.Rejected.GetBlobClient($"platform/1306/{date:yyyy-MM-dd}/{file}.errors.txt").DownloadContentAsync();
        Assert.Equal(
            $"文件\t行\t字段\t问题\n{file}\t\t\t文件“{file}”不是有效的 Excel 文件（.xlsx）：无法作为 zip 压缩包打开（文件可能被截断、是旧的 .xls 格式，或只是改了扩展名）。\n",
            Encoding.UTF8.GetString(report.Value.Content.ToArray()));
        Assert.Equal("text/plain; charset=utf-8", report.Value.Details.ContentType);
    }

    [Fact]
    public async Task Run_RetriedAfterTheMove_DoesNothingAndDoesNotThrow()
    {
        await using var services = await ServicesAsync();
        var store = services.GetRequiredService<UploadStore>();
        var file = $"台账-{Guid.NewGuid():N}.csv";
        var bytes = Encoding.UTF8.GetBytes("行政相对人名称\n某公司\n");
        await PutAsync(store.Inbox, $"ledgers/1301/{file}", bytes);
        await RunAsync(services, store.Inbox, "ledgers", "1301", file);

        await new AuditUpload(services.GetRequiredService<UploadService>(), NullLogger<AuditUpload>.Instance)
            .Run(new MemoryStream(bytes), "ledgers", "1301", file, CancellationToken.None);
    }

    [Fact]
    public async Task Run_FileThatCrashesTheAudit_IsRetriedThenParkedWhileOtherUploadsKeepWorking()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 3, 20, 2, 15, 0, TimeSpan.Zero));
        await using var services = await ServicesAsync(clock, processor => new FailingUploadProcessor(processor, "崩溃"));
        var store = services.GetRequiredService<UploadStore>();
        var poison = $"崩溃-{Guid.NewGuid():N}.csv";
        var bytes = Encoding.UTF8.GetBytes("行政相对人名称,行政处罚决定书文号\n某公司,冀石市监罚〔2026〕12号\n");
        var date = await PutAsync(store.Inbox, $"ledgers/1315/{poison}", bytes);

        for (var delivery = 1; delivery < UploadDefaults.MaxAttempts; delivery++)
        {
            var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync(services, store.Inbox, "ledgers", "1315", poison));
            Assert.Equal($"Simulated crash while auditing {poison}", exception.Message);

            var other = $"台账-{Guid.NewGuid():N}.csv";
            var otherDate = await PutAsync(store.Inbox, $"ledgers/1315/{other}", bytes);
            await RunAsync(services, store.Inbox, "ledgers", "1315", other);
            Assert.True(await store.Archive.GetBlobClient($"ledgers/1315/{otherDate:yyyy-MM-dd}/{other}").ExistsAsync());
        }

        await RunAsync(services, store.Inbox, "ledgers", "1315", poison);

        var parked = $"poison/ledgers/1315/{date:yyyy-MM-dd}/{poison}";
        Assert.False(await store.Inbox.GetBlobClient($"ledgers/1315/{poison}").ExistsAsync());
        Assert.Equal(bytes, (await store.Rejected.GetBlobClient(parked).DownloadContentAsync()).Value.Content.ToArray());
        var report = await store.Rejected.GetBlobClient(parked + ".poison.txt").DownloadContentAsync();
        Assert.Equal(
            $"文件“{poison}”（inbox/ledgers/1315/{poison}）已连续处理 4 次均未完成，不再重试，已原样移至 rejected/{parked}。\n"
            + $"最后一次错误（2026-03-20 10:15:00）：System.InvalidOperationException：Simulated crash while auditing {poison}。\n"
            + $"处理程序在这个文件上反复出错，文件内容并未被判定为不合格：请运维人员查明原因后，把原文件重新放入 inbox/ledgers/1315/{poison} 再次处理。\n",
            Encoding.UTF8.GetString(report.Value.Content.ToArray()));
        Assert.Equal("text/plain; charset=utf-8", report.Value.Details.ContentType);
        Assert.True(await store.Rejected.GetBlobClient(parked + ".poison.json").ExistsAsync());

        // A redelivery after parking (Event Grid delivers at least once) finds nothing to do.
        await new AuditUpload(services.GetRequiredService<UploadService>(), NullLogger<AuditUpload>.Instance)
            .Run(new MemoryStream(bytes), "ledgers", "1315", poison, CancellationToken.None);
    }

    private static async Task<ServiceProvider> ServicesAsync(TimeProvider? clock = null, Func<IUploadProcessor, IUploadProcessor>? wrap = null)
    {
        await Azurite.ConnectAsync();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [StorageNames.ConnectionSetting] = Azurite.ConnectionString })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddSingleton<IUploadProcessor, CountingUploadProcessor>();
        if (wrap is not null)
        {
            services.WrapUploadProcessor(wrap);
        }

        services.AddUploadAudit(configuration);
        return services.BuildServiceProvider(validateScopes: true);
    }

    private static async Task<DateOnly> PutAsync(BlobContainerClient inbox, string name, byte[] bytes)
    {
        await inbox.CreateIfNotExistsAsync();
        var blob = inbox.GetBlobClient(name);
        await blob.UploadAsync(BinaryData.FromBytes(bytes), overwrite: true);
        return ChinaTime.DateOf((await blob.GetPropertiesAsync()).Value.CreatedOn);
    }

    private static async Task RunAsync(ServiceProvider services, BlobContainerClient inbox, string kind, string unit, string file)
    {
        await using var blob = await inbox.GetBlobClient($"{kind}/{unit}/{file}").OpenReadAsync();
        await new AuditUpload(services.GetRequiredService<UploadService>(), NullLogger<AuditUpload>.Instance)
            .Run(blob, kind, unit, file, CancellationToken.None);
    }
}
