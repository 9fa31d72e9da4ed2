using System.Text;
using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Time;
using HebeiCredit.Infrastructure.Publication;
using HebeiCredit.Infrastructure.Repair;
using HebeiCredit.Infrastructure.Storage;
using HebeiCredit.Infrastructure.Tests.Publication;
using HebeiCredit.Infrastructure.Uploads;
using HebeiCredit.Infrastructure.Uploads.Poison;
using Microsoft.Extensions.DependencyInjection;

namespace HebeiCredit.Infrastructure.Tests.Repair;

/// <summary>The repair upload's life over Azurite: every test has its own file, unit and 文书号s.</summary>
public sealed class RepairUploadServiceTests
{
    private static readonly DateOnly Today = new(2026, 3, 4);

    [Fact]
    public async Task HandleAsync_RepairOfAShownRecord_ArchivesReportsAndFlagsTheUnitAtOnce()
    {
        await using var services = await PeriodServices.BuildAsync(Today);
        var (unit, tag) = ($"t{Guid.NewGuid():N}", Guid.NewGuid().ToString("N")[..8]);
        var document = $"冀石环罚〔2025〕{tag}号";
        await services.GetRequiredService<PublishedRecordStore>().RecordObservationAsync(
            unit, [PeriodServices.Sighting(unit, document, new DateOnly(2025, 6, 3))], PeriodServices.At(Today), CancellationToken.None);
        var file = $"修复结果-{tag}.csv";
        var bytes = Encoding.UTF8.GetBytes(
            $"\uFEFF行政处罚决定书文号,行政相对人名称,统一社会信用代码,处罚机关,修复决定日期,修复方式\n{document},某某有限公司,91130100MA0E2B3MXJ,石家庄市生态环境局,2026/02/25,信用修复\n,某某有限公司,,,2026/02/26,信用修复\n");
        var delivered = await PutAsync(services, file, bytes);

        var result = await HandleAsync(services, file, bytes);

        Assert.Equal(UploadDisposition.Archived, result.Disposition);
        Assert.Equal($"archive/repairs/{delivered:yyyy-MM-dd}/{file}", result.Location);
        var store = services.GetRequiredService<UploadStore>();
        Assert.False(await store.Inbox.GetBlobClient($"repairs/{file}").ExistsAsync());
        var summary = await store.Archive.GetBlobClient($"repairs/{delivered:yyyy-MM-dd}/{file}.report.txt").DownloadContentAsync();
        Assert.Equal($"文件“{file}”（全国信用修复结果）已受理：读取 2 行，修复决定 1 条，已对 {unit} 核查修复同步，发现问题 1 个；1 行未能读取（见 report.json）。\n",
            summary.Value.Content.ToString());
        Assert.Equal($"文件“{file}”第3行，字段“行政处罚决定书文号”：为空，无法对应处罚决定。", Assert.Single(result.Errors).Message);
        var finding = Assert.Single(await services.GetRequiredService<FindingStore>().ListAsync(unit, CancellationToken.None));
        Assert.Equal(RuleIds.RepNotSynced, finding.Finding.RuleId);
        Assert.Equal($"全国信用修复结果“{file}”第2行：修复决定日期2026-02-25", finding.Finding.Evidence[1].Description);
    }

    [Fact]
    public async Task HandleAsync_NoRepairDateColumn_RejectsWithTheChineseReport()
    {
        await using var services = await PeriodServices.BuildAsync(Today);
        var file = $"修复结果-{Guid.NewGuid():N}.csv";
        var bytes = Encoding.UTF8.GetBytes("文书号,企业名称\n冀石环罚〔2025〕1号,某某有限公司\n");
        var delivered = await PutAsync(services, file, bytes);

        var result = await HandleAsync(services, file, bytes);

        Assert.Equal(UploadDisposition.Rejected, result.Disposition);
        var report = await services.GetRequiredService<UploadStore>().Rejected.GetBlobClient($"repairs/{delivered:yyyy-MM-dd}/{file}.errors.txt").DownloadContentAsync();
        Assert.Equal(
            $"文件\t行\t字段\t问题\n{file}\t1\t\t文件缺少必需的列：修复决定日期；文件中的列为：文书号、企业名称；应包含：行政处罚决定书文号、行政相对人名称、统一社会信用代码、处罚机关、修复决定日期、修复方式（其中行政处罚决定书文号、修复决定日期必需）。\n",
            report.Value.Content.ToString());
    }

    [Fact]
    public async Task HandleAsync_EveryRowBad_RejectsNamingEachRow()
    {
        await using var services = await PeriodServices.BuildAsync(Today);
        var file = $"修复结果-{Guid.NewGuid():N}.csv";
        var bytes = Encoding.UTF8.GetBytes("行政处罚决定书文号,修复决定日期\n冀石环罚〔2025〕1号,明天\n");
        await PutAsync(services, file, bytes);

        var result = await HandleAsync(services, file, bytes);

        Assert.Equal(UploadDisposition.Rejected, result.Disposition);
        var error = Assert.Single(result.Errors);
        Assert.Equal((2, "修复决定日期", $"文件“{file}”第2行，字段“修复决定日期”：“明天”不是有效日期。"), (error.Row, error.Field, error.Message));
    }

    [Fact]
    public async Task HandleAsync_SameUploadAgain_DoesNothing()
    {
        await using var services = await PeriodServices.BuildAsync(Today);
        var file = $"修复结果-{Guid.NewGuid():N}.csv";
        var bytes = Encoding.UTF8.GetBytes($"行政处罚决定书文号,修复决定日期\n冀石环罚〔2025〕{Guid.NewGuid():N}号,2026-02-25\n");
        await PutAsync(services, file, bytes);
        await HandleAsync(services, file, bytes);

        var again = await HandleAsync(services, file, bytes);

        Assert.Equal(UploadDisposition.Gone, again.Disposition);
    }

    [Fact]
    public async Task HandleAsync_AttemptsThatNeverFinished_ParksTheUploadUnchangedWithItsReport()
    {
        await using var services = await PeriodServices.BuildAsync(Today);
        var store = services.GetRequiredService<UploadStore>();
        var file = $"修复结果-{Guid.NewGuid():N}.csv";
        var bytes = Encoding.UTF8.GetBytes($"行政处罚决定书文号,修复决定日期\n冀石环罚〔2025〕{Guid.NewGuid():N}号,2026-02-25\n");
        var delivered = await PutAsync(services, file, bytes);
        var upload = (await store.FindAsync($"{RepairUploadService.Folder}/{file}", CancellationToken.None))!;
        for (var attempt = 1; attempt < UploadDefaults.MaxAttempts; attempt++)
        {
            // What a process that dies in the middle of the audit leaves behind: the count, and no error.
            await services.GetRequiredService<UploadAttemptStore>().StartAsync(upload, CancellationToken.None);
        }

        var result = await HandleAsync(services, file, bytes);

        Assert.Equal(UploadDisposition.Poisoned, result.Disposition);
        var parked = $"poison/repairs/{delivered:yyyy-MM-dd}/{file}";
        Assert.Equal($"rejected/{parked}", result.Location);
        Assert.Equal(bytes, (await store.Rejected.GetBlobClient(parked).DownloadContentAsync()).Value.Content.ToArray());
        Assert.StartsWith(
            $"文件“{file}”（inbox/repairs/{file}）已连续处理 4 次均未完成，不再重试，已原样移至 rejected/{parked}。\n",
            (await store.Rejected.GetBlobClient(parked + ".poison.txt").DownloadContentAsync()).Value.Content.ToString());
    }

    private static async Task<DateOnly> PutAsync(ServiceProvider services, string file, byte[] bytes)
    {
        var inbox = services.GetRequiredService<UploadStore>().Inbox;
        await inbox.CreateIfNotExistsAsync();
        var blob = inbox.GetBlobClient($"{RepairUploadService.Folder}/{file}");
        await blob.UploadAsync(BinaryData.FromBytes(bytes), overwrite: true);
        return ChinaTime.DateOf((await blob.GetPropertiesAsync()).Value.CreatedOn);
    }

    private static Task<UploadResult> HandleAsync(ServiceProvider services, string file, byte[] bytes) =>
        services.GetRequiredService<RepairUploadService>().HandleAsync(file, new MemoryStream(bytes), CancellationToken.None);
}
