using System.Text;
using Azure.Storage.Blobs;
using HebeiCredit.Auditing.Publication.Sources;
using HebeiCredit.Auditing.Time;
using HebeiCredit.Infrastructure.Storage;
using HebeiCredit.Infrastructure.Tests.Uploads.Reading;
using HebeiCredit.Infrastructure.Uploads;
using HebeiCredit.Infrastructure.Uploads.Poison;
using HebeiCredit.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HebeiCredit.Infrastructure.Tests.Uploads;

/// <summary>The upload life over Azurite: inbox → archive/ or rejected/ (with its report), retries, name clashes.</summary>
public sealed class UploadServiceTests
{
    /// <summary>02:15 UTC, 10:15 in China: the time a poison report prints.</summary>
    private static readonly FixedClock Clock = new(new DateTimeOffset(2026, 3, 20, 2, 15, 0, TimeSpan.Zero));

    private const string Ledger = "行政相对人名称,行政处罚决定书文号,处罚决定日期\n石家庄市华北商贸有限公司,冀石市监罚〔2026〕12号,2026/03/02\n";

    [Fact]
    public async Task HandleAsync_ValidCsv_MovesItToArchiveUnderItsDeliveryDate()
    {
        var (service, store) = await ServiceAsync();
        var file = $"台账-{Guid.NewGuid():N}.csv";
        var bytes = Upload.Bytes(Ledger, new UTF8Encoding(false), bom: true);
        var date = await PutAsync(store, $"ledgers/1301/{file}", bytes);

        var result = await HandleAsync(service, store, $"inbox/ledgers/1301/{file}");

        Assert.Equal(UploadDisposition.Archived, result.Disposition);
        Assert.Equal($"archive/ledgers/1301/{date:yyyy-MM-dd}/{file}", result.Location);
        Assert.Equal(1, Assert.IsType<UploadOutcome.Accepted>(result.Outcome).Rows);
        Assert.Equal(bytes, await BytesAsync(store.Archive, $"ledgers/1301/{date:yyyy-MM-dd}/{file}"));
        Assert.False(await store.Inbox.GetBlobClient($"ledgers/1301/{file}").ExistsAsync());
        var summary = Encoding.UTF8.GetString(await BytesAsync(store.Archive, $"ledgers/1301/{date:yyyy-MM-dd}/{file}.report.txt"));
        Assert.Equal($"文件“{file}”（报送台账，单位 1301）已受理：读取 1 行，发现问题 0 个。\n", summary);
        var report = System.Text.Json.JsonDocument.Parse(await BytesAsync(store.Archive, $"ledgers/1301/{date:yyyy-MM-dd}/{file}.report.json")).RootElement;
        Assert.Equal(1, report.GetProperty("rows").GetInt32());
        Assert.Equal("ledgers", report.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task HandleAsync_BrokenXlsx_MovesItToRejectedWithAChineseReport()
    {
        var (service, store) = await ServiceAsync();
        var file = $"处罚-{Guid.NewGuid():N}.xlsx";
        var bytes = Encoding.UTF8.GetBytes("这不是一个 Excel 文件");
        var date = await PutAsync(store, $"platform/1302/{file}", bytes);

        var result = await HandleAsync(service, store, $"inbox/platform/1302/{file}");

        Assert.Equal(UploadDisposition.Rejected, result.Disposition);
        var name = $"platform/1302/{date:yyyy-MM-dd}/{file}";
        Assert.Equal(bytes, await BytesAsync(store.Rejected, name));
        Assert.Equal(
            $"文件\t行\t字段\t问题\n{file}\t\t\t文件“{file}”不是有效的 Excel 文件（.xlsx）：无法作为 zip 压缩包打开（文件可能被截断、是旧的 .xls 格式，或只是改了扩展名）。\n",
            Encoding.UTF8.GetString(await BytesAsync(store.Rejected, name + ".errors.txt")));
        Assert.False(await store.Inbox.GetBlobClient($"platform/1302/{file}").ExistsAsync());
    }

    [Fact]
    public async Task HandleAsync_UnknownKind_IsRejectedNotLost()
    {
        var (service, store) = await ServiceAsync();
        var file = $"修复-{Guid.NewGuid():N}.csv";
        var date = await PutAsync(store, $"repairs/1301/{file}", Encoding.UTF8.GetBytes(Ledger));

        var result = await HandleAsync(service, store, $"inbox/repairs/1301/{file}");

        Assert.Equal(UploadDisposition.Rejected, result.Disposition);
        Assert.Equal(
            $"文件\t行\t字段\t问题\n{file}\t\t\t上传路径“inbox/repairs/1301/{file}”中的类别“repairs”无效：应为 ledgers、platform、published、sources 之一。\n",
            Encoding.UTF8.GetString(await BytesAsync(store.Rejected, $"repairs/1301/{date:yyyy-MM-dd}/{file}.errors.txt")));
        Assert.Equal(Encoding.UTF8.GetBytes(Ledger), await BytesAsync(store.Rejected, $"repairs/1301/{date:yyyy-MM-dd}/{file}"));
    }

    [Fact]
    public async Task HandleAsync_UnsupportedExtension_IsRejectedWithTheSupportedTypes()
    {
        var (service, store) = await ServiceAsync();
        var file = $"台账-{Guid.NewGuid():N}.xls";
        var date = await PutAsync(store, $"ledgers/1303/{file}", [0xD0, 0xCF, 0x11, 0xE0]);

        var result = await HandleAsync(service, store, $"inbox/ledgers/1303/{file}");

        Assert.Equal(UploadDisposition.Rejected, result.Disposition);
        Assert.Equal($"文件“{file}”的类型不受支持：请上传 .csv、.txt（逗号或制表符分隔）或 .xlsx 文件。", Assert.Single(result.Errors).Message);
        Assert.True(await store.Rejected.GetBlobClient($"ledgers/1303/{date:yyyy-MM-dd}/{file}").ExistsAsync());
    }

    [Fact]
    public async Task HandleAsync_ProcessorRejectsRows_ReportListsFileRowFieldAndMessage()
    {
        var processor = new RejectingProcessor();
        var (service, store) = await ServiceAsync(processor);
        var file = $"台账-{Guid.NewGuid():N}.csv";
        var date = await PutAsync(store, $"ledgers/1304/{file}", Encoding.UTF8.GetBytes(Ledger));

        await HandleAsync(service, store, $"inbox/ledgers/1304/{file}");

        Assert.Equal(
            $"文件\t行\t字段\t问题\n{file}\t2\t处罚决定日期\t日期“2026/02/30”无效\n{file}\t\t\t缺少必填列：处罚机关\n",
            Encoding.UTF8.GetString(await BytesAsync(store.Rejected, $"ledgers/1304/{date:yyyy-MM-dd}/{file}.errors.txt")));
    }

    [Fact]
    public async Task HandleAsync_RetriedAfterTheMove_DoesNothing()
    {
        var (service, store) = await ServiceAsync();
        var file = $"台账-{Guid.NewGuid():N}.csv";
        var bytes = Encoding.UTF8.GetBytes(Ledger);
        var date = await PutAsync(store, $"ledgers/1305/{file}", bytes);
        await HandleAsync(service, store, $"inbox/ledgers/1305/{file}");

        var retry = await service.HandleAsync($"inbox/ledgers/1305/{file}", new MemoryStream(bytes), CancellationToken.None);

        Assert.Equal(UploadDisposition.Gone, retry.Disposition);
        Assert.Single(await ListAsync(store.Archive, $"ledgers/1305/{date:yyyy-MM-dd}/"), n => n.Contains(file[..^4], StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandleAsync_SameBytesDeliveredAgain_IsRecognisedAndNotProcessedTwice()
    {
        var processor = new CountingProcessor();
        var (service, store) = await ServiceAsync(processor);
        var file = $"台账-{Guid.NewGuid():N}.csv";
        var bytes = Encoding.UTF8.GetBytes(Ledger);
        var date = await PutAsync(store, $"ledgers/1306/{file}", bytes);
        await HandleAsync(service, store, $"inbox/ledgers/1306/{file}");
        await PutAsync(store, $"ledgers/1306/{file}", bytes);

        var again = await HandleAsync(service, store, $"inbox/ledgers/1306/{file}");

        Assert.Equal(UploadDisposition.AlreadyHandled, again.Disposition);
        Assert.Equal($"archive/ledgers/1306/{date:yyyy-MM-dd}/{file}", again.Location);
        Assert.Equal(1, processor.Calls);
        Assert.False(await store.Inbox.GetBlobClient($"ledgers/1306/{file}").ExistsAsync());
        Assert.Single(await ListAsync(store.Archive, $"ledgers/1306/{date:yyyy-MM-dd}/{file[..^4]}"));
    }

    [Fact]
    public async Task HandleAsync_OtherFileUnderTheSameName_IsArchivedBesideTheFirstNotOverIt()
    {
        var (service, store) = await ServiceAsync();
        var file = $"台账-{Guid.NewGuid():N}.csv";
        var first = Encoding.UTF8.GetBytes(Ledger);
        var second = Encoding.UTF8.GetBytes(Ledger + "唐山市某公司,冀唐市监罚〔2026〕3号,2026/03/03\n");
        var date = await PutAsync(store, $"ledgers/1307/{file}", first);
        await HandleAsync(service, store, $"inbox/ledgers/1307/{file}");
        await PutAsync(store, $"ledgers/1307/{file}", second);

        var result = await HandleAsync(service, store, $"inbox/ledgers/1307/{file}");

        Assert.Equal(UploadDisposition.Archived, result.Disposition);
        Assert.Matches($"^archive/ledgers/1307/{date:yyyy-MM-dd}/{file[..^4]}~[0-9a-f]{{12}}\\.csv$", result.Location);
        Assert.Equal(first, await BytesAsync(store.Archive, $"ledgers/1307/{date:yyyy-MM-dd}/{file}"));
        Assert.Equal(second, await BytesAsync(store.Archive, result.Location!["archive/".Length..]));
    }

    [Fact]
    public async Task HandleAsync_ProcessorFailsForAnotherReason_LeavesTheUploadInTheInboxForARetry()
    {
        var (service, store) = await ServiceAsync(new ThrowingProcessor());
        var file = $"台账-{Guid.NewGuid():N}.csv";
        await PutAsync(store, $"ledgers/1308/{file}", Encoding.UTF8.GetBytes(Ledger));

        await Assert.ThrowsAsync<TimeoutException>(() => HandleAsync(service, store, $"inbox/ledgers/1308/{file}"));

        Assert.True(await store.Inbox.GetBlobClient($"ledgers/1308/{file}").ExistsAsync());
        await store.Inbox.DeleteBlobAsync($"ledgers/1308/{file}");
    }

    [Fact]
    public async Task HandleAsync_BlobNotInTheInbox_IsGone()
    {
        var (service, _) = await ServiceAsync();

        var result = await service.HandleAsync($"inbox/ledgers/1309/无-{Guid.NewGuid():N}.csv", new MemoryStream(), CancellationToken.None);

        Assert.Equal(UploadDisposition.Gone, result.Disposition);
    }

    [Fact]
    public async Task HandleAsync_OverTheSizeLimit_IsRejectedUnread()
    {
        var (service, store) = await ServiceAsync(options: new UploadOptions { MaxUploadBytes = 10 });
        var file = $"台账-{Guid.NewGuid():N}.csv";
        await PutAsync(store, $"ledgers/1310/{file}", Encoding.UTF8.GetBytes(Ledger));

        var result = await HandleAsync(service, store, $"inbox/ledgers/1310/{file}");

        Assert.Equal(UploadDisposition.Rejected, result.Disposition);
        Assert.Equal($"文件“{file}”大小为 {Encoding.UTF8.GetByteCount(Ledger)} 字节，超过上限 10 字节。", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task HandleAsync_ProcessorThrowsOnEveryAttempt_IsRetriedThenParkedInPoisonWithItsReport()
    {
        var (service, store) = await ServiceAsync(new FailingUploadProcessor(new CountingUploadProcessor(), "坏"), clock: Clock);
        var file = $"坏台账-{Guid.NewGuid():N}.csv";
        var bytes = Upload.Bytes(Ledger, Upload.Gbk);
        var date = await PutAsync(store, $"ledgers/1311/{file}", bytes);

        for (var attempt = 1; attempt < UploadDefaults.MaxAttempts; attempt++)
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => HandleAsync(service, store, $"inbox/ledgers/1311/{file}"));
            Assert.True(await store.Inbox.GetBlobClient($"ledgers/1311/{file}").ExistsAsync());
        }

        var result = await HandleAsync(service, store, $"inbox/ledgers/1311/{file}");

        var name = $"poison/ledgers/1311/{date:yyyy-MM-dd}/{file}";
        Assert.Equal(UploadDisposition.Poisoned, result.Disposition);
        Assert.Equal($"rejected/{name}", result.Location);
        Assert.Equal(bytes, await BytesAsync(store.Rejected, name));
        Assert.False(await store.Inbox.GetBlobClient($"ledgers/1311/{file}").ExistsAsync());
        var summary =
            $"文件“{file}”（inbox/ledgers/1311/{file}）已连续处理 4 次均未完成，不再重试，已原样移至 rejected/{name}。\n"
            + $"最后一次错误（2026-03-20 10:15:00）：System.InvalidOperationException：Simulated crash while auditing {file}。\n"
            + $"处理程序在这个文件上反复出错，文件内容并未被判定为不合格：请运维人员查明原因后，把原文件重新放入 inbox/ledgers/1311/{file} 再次处理。\n";
        Assert.Equal(summary, Encoding.UTF8.GetString(await BytesAsync(store.Rejected, name + ".poison.txt")));
        Assert.Equal(summary, Assert.Single(result.Errors).Message);
        var report = System.Text.Json.JsonDocument.Parse(await BytesAsync(store.Rejected, name + ".poison.json")).RootElement;
        Assert.Equal(4, report.GetProperty("attempts").GetInt32());
        Assert.Equal(4, report.GetProperty("failures").GetInt32());
        Assert.Equal("System.InvalidOperationException", report.GetProperty("lastErrorType").GetString());
        Assert.Equal($"ledgers/1311/{file}", report.GetProperty("upload").GetString());
    }

    [Fact]
    public async Task HandleAsync_EarlierAttemptsEndedTheProcess_ParksSayingNoErrorWasLeft()
    {
        var clients = await Azurite.ConnectAsync();
        var attempts = new UploadAttemptStore(clients, Clock);
        var (service, store) = await ServiceAsync(clock: Clock);
        var file = $"台账-{Guid.NewGuid():N}.csv";
        var date = await PutAsync(store, $"ledgers/1312/{file}", Encoding.UTF8.GetBytes(Ledger));
        var upload = (await store.FindAsync($"ledgers/1312/{file}", CancellationToken.None))!;
        for (var attempt = 1; attempt < UploadDefaults.MaxAttempts; attempt++)
        {
            // What a process that dies in the middle of the audit leaves behind: the count, and no error.
            await attempts.StartAsync(upload, CancellationToken.None);
        }

        var result = await HandleAsync(service, store, $"inbox/ledgers/1312/{file}");

        Assert.Equal(UploadDisposition.Poisoned, result.Disposition);
        Assert.Equal(
            $"文件“{file}”（inbox/ledgers/1312/{file}）已连续处理 4 次均未完成，不再重试，已原样移至 rejected/poison/ledgers/1312/{date:yyyy-MM-dd}/{file}。\n"
            + "每次处理都中途终止，没有留下错误信息（进程可能崩溃或超时）。\n"
            + $"处理程序在这个文件上反复出错，文件内容并未被判定为不合格：请运维人员查明原因后，把原文件重新放入 inbox/ledgers/1312/{file} 再次处理。\n",
            Encoding.UTF8.GetString(await BytesAsync(store.Rejected, $"poison/ledgers/1312/{date:yyyy-MM-dd}/{file}.poison.txt")));
    }

    [Fact]
    public async Task HandleAsync_SucceedsAfterAFailure_ArchivesItAndForgetsTheFailedAttempt()
    {
        var clients = await Azurite.ConnectAsync();
        var (service, store) = await ServiceAsync(new FailingUploadProcessor(new CountingUploadProcessor(), "台账", failures: 1));
        var file = $"台账-{Guid.NewGuid():N}.csv";
        var date = await PutAsync(store, $"ledgers/1313/{file}", Encoding.UTF8.GetBytes(Ledger));
        var upload = (await store.FindAsync($"ledgers/1313/{file}", CancellationToken.None))!;

        await Assert.ThrowsAsync<InvalidOperationException>(() => HandleAsync(service, store, $"inbox/ledgers/1313/{file}"));
        var result = await HandleAsync(service, store, $"inbox/ledgers/1313/{file}");

        Assert.Equal(UploadDisposition.Archived, result.Disposition);
        Assert.Equal($"archive/ledgers/1313/{date:yyyy-MM-dd}/{file}", result.Location);
        Assert.Equal(1, (await new UploadAttemptStore(clients, TimeProvider.System).StartAsync(upload, CancellationToken.None)).Number);
        await new UploadAttemptStore(clients, TimeProvider.System).ClearAsync(upload, CancellationToken.None);
    }

    [Fact]
    public async Task HandleAsync_ParkedFilePutBackInTheInbox_IsProcessedAfresh()
    {
        var (service, store) = await ServiceAsync(
            new FailingUploadProcessor(new CountingUploadProcessor(), "台账", failures: 1), new UploadOptions { MaxAttempts = 2 });
        var file = $"台账-{Guid.NewGuid():N}.csv";
        var bytes = Encoding.UTF8.GetBytes(Ledger);
        await PutAsync(store, $"ledgers/1314/{file}", bytes);
        await Assert.ThrowsAsync<InvalidOperationException>(() => HandleAsync(service, store, $"inbox/ledgers/1314/{file}"));
        Assert.Equal(UploadDisposition.Poisoned, (await HandleAsync(service, store, $"inbox/ledgers/1314/{file}")).Disposition);

        var date = await PutAsync(store, $"ledgers/1314/{file}", bytes);
        var result = await HandleAsync(service, store, $"inbox/ledgers/1314/{file}");

        Assert.Equal(UploadDisposition.Archived, result.Disposition);
        Assert.Equal(bytes, await BytesAsync(store.Archive, $"ledgers/1314/{date:yyyy-MM-dd}/{file}"));
    }

    internal static async Task<(UploadService Service, UploadStore Store)> ServiceAsync(IUploadProcessor? processor = null, UploadOptions? options = null, TimeProvider? clock = null)
    {
        var clients = await Azurite.ConnectAsync();
        var store = new UploadStore(clients);
        clock ??= TimeProvider.System;
        var settings = Options.Create(options ?? new UploadOptions());
        var guard = new UploadAttemptGuard(store, new UploadAttemptStore(clients, clock), settings, clock, NullLogger<UploadAttemptGuard>.Instance);
        var life = new UploadLife(store, guard, settings, NullLogger<UploadLife>.Instance);
        return (new UploadService(life, processor ?? new CountingUploadProcessor(), clock), store);
    }

    /// <summary>Puts a blob in the inbox and returns its delivery date (China time), as the service will see it.</summary>
    internal static async Task<DateOnly> PutAsync(UploadStore store, string name, byte[] bytes)
    {
        await store.Inbox.CreateIfNotExistsAsync();
        var blob = store.Inbox.GetBlobClient(name);
        await blob.UploadAsync(BinaryData.FromBytes(bytes), overwrite: true);
        return ChinaTime.DateOf((await blob.GetPropertiesAsync()).Value.CreatedOn);
    }

    private static async Task<UploadResult> HandleAsync(UploadService service, UploadStore store, string path)
    {
        await using var content = await store.Inbox.GetBlobClient(path["inbox/".Length..]).OpenReadAsync();
        return await service.HandleAsync(path, content, CancellationToken.None);
    }

    private static async Task<byte[]> BytesAsync(BlobContainerClient container, string name) =>
        (await container.GetBlobClient(name).DownloadContentAsync()).Value.Content.ToArray();

    /// <summary>The uploads kept under a prefix, without the processing reports beside them.</summary>
    private static async Task<List<string>> ListAsync(BlobContainerClient container, string prefix)
    {
        var names = new List<string>();
        await foreach (var blob in container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, prefix, CancellationToken.None))
        {
            if (!blob.Name.Contains(".report.", StringComparison.Ordinal))
            {
                names.Add(blob.Name);
            }
        }

        return names;
    }

    private sealed class RejectingProcessor : IUploadProcessor
    {
        public Task<UploadOutcome> ProcessAsync(UploadKind kind, string unit, string file, IReadOnlyList<string> headers, IAsyncEnumerable<SourceRow> rows, CancellationToken cancellationToken) =>
            Task.FromResult<UploadOutcome>(new UploadOutcome.Rejected(
            [
                new UploadError(file, 2, "处罚决定日期", "日期“2026/02/30”无效"),
                new UploadError(file, null, null, "缺少必填列：处罚机关"),
            ]));
    }

    private sealed class CountingProcessor : IUploadProcessor
    {
        public int Calls { get; private set; }

        public Task<UploadOutcome> ProcessAsync(UploadKind kind, string unit, string file, IReadOnlyList<string> headers, IAsyncEnumerable<SourceRow> rows, CancellationToken cancellationToken)
        {
            Calls++;
            return Task.FromResult<UploadOutcome>(new UploadOutcome.Accepted(0, 0, []));
        }
    }

    private sealed class ThrowingProcessor : IUploadProcessor
    {
        public Task<UploadOutcome> ProcessAsync(UploadKind kind, string unit, string file, IReadOnlyList<string> headers, IAsyncEnumerable<SourceRow> rows, CancellationToken cancellationToken) =>
            throw new TimeoutException("table storage timed out");
    }
}
