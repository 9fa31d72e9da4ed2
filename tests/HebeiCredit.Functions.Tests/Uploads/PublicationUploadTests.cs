using System.Text;
using HebeiCredit.Infrastructure.Publication;
using HebeiCredit.Infrastructure.Storage;
using HebeiCredit.Infrastructure.Uploads;
using HebeiCredit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HebeiCredit.Functions.Tests.Uploads;

/// <summary>
/// The 双公示 audit run by the AuditUpload function class over Azurite, with the production registrations:
/// a ledger in UTF-8 and a platform export in GBK for one unit give exactly the late, missing and invalid findings.
/// </summary>
public sealed class PublicationUploadTests
{
    private const string Ledger = """
        行政相对人名称,行政相对人类别,行政相对人代码_1(统一社会信用代码),行政处罚决定书文号,处罚决定日期,处罚机关
        石家庄市华北商贸有限公司,法人及非法人组织,91130100MA0C00016H,冀石环罚〔2025〕1号,2025/09/28,石家庄市生态环境局
        石家庄市冀中建材有限公司,法人及非法人组织,91130100MA0C00024C,冀石环罚〔2025〕2号,2025/06/02,石家庄市生态环境局
        石家庄市正定物流有限公司,法人及非法人组织,91130100MA0C0001XX,冀石环罚〔2025〕3号,2025/06/03,石家庄市生态环境局

        """;

    // Reported 2025-10-17: 3 working days after the deadline of 2025-10-14 (国庆 and 中秋 in between).
    private const string Platform = """
        行政相对人名称,行政处罚决定书文号,处罚决定日期,处罚机关,报送时间
        石家庄市华北商贸有限公司,冀石环罚[2025]1号,2025-09-28,石家庄市生态环境局,2025-10-17 09:30:00
        石家庄市正定物流有限公司,冀石环罚〔2025〕3号,2025-06-03,石家庄市生态环境局,2025-06-05 10:00:00

        """;

    [Fact]
    public async Task Run_LedgerAndPlatformUploads_FindLateMissingAndInvalidRecords()
    {
        await using var services = await PublicationUploads.ServicesAsync();
        var unit = $"13{Random.Shared.Next(1000, 9999)}";

        await PublicationUploads.UploadAsync(services, "ledgers", unit, "台账.csv", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Ledger)).ToArray());
        await PublicationUploads.UploadAsync(services, "platform", unit, "省平台导出.csv", Gb18030().GetBytes(Platform));

        var open = (await services.GetRequiredService<FindingStore>().ListAsync(unit, CancellationToken.None))
            .Where(f => f.Status != FindingStatus.Fixed)
            .Select(f => f.Finding)
            .ToList();
        Assert.Equal(["PUB-INVALID-CODE", "PUB-LATE", "PUB-MISSING"], open.Select(f => f.RuleId).Order());
        var late = open.Single(f => f.RuleId == "PUB-LATE");
        Assert.Contains("迟报3个工作日", late.Explanation);
        var invalid = open.Single(f => f.RuleId == "PUB-INVALID-CODE");
        Assert.Contains(invalid.Evidence, e => e.File == "台账.csv" && e.Row == 4);

        var total = (await services.GetRequiredService<PublicationRatesStore>().ListAsync(unit, CancellationToken.None)).First(r => r.Department is null && r.Kind is null);
        Assert.Equal((3, 2, 1, 1), (total.LedgerDecisions, total.Reported, total.Late, total.Missing));
    }

    [Fact]
    public async Task Run_PublishedExport_RecordsItsPenaltyRecordsAsSeenOnTheSite()
    {
        await using var services = await PublicationUploads.ServicesAsync();
        var unit = $"13{Random.Shared.Next(1000, 9999)}";
        var serial = Random.Shared.Next(100_000, 999_999);
        var published = $"""
            行政相对人名称,行政相对人代码_1(统一社会信用代码),行政处罚决定书文号,处罚决定日期,处罚机关,处罚类别,公示时间
            石家庄市华北商贸有限公司,91130100MA0C00016H,冀石环罚〔2025〕{serial}号,2025/09/28,石家庄市生态环境局,罚款,2025/09/30
            石家庄市冀中建材有限公司,91130100MA0C00024C,冀石环罚〔2025〕{serial + 1}号,2025/06/02,石家庄市生态环境局,警告,2025/06/05

            """;

        await PublicationUploads.UploadAsync(services, "published", unit, "网站公示.csv", Encoding.UTF8.GetBytes(published));

        var seen = (await services.GetRequiredService<PublishedRecordStore>().ListAsync(unit, CancellationToken.None))
            .Where(h => h.Record.File == "网站公示.csv")
            .OrderBy(h => h.Evidence.Row)
            .ToList();
        Assert.Equal([$"冀石环罚〔2025〕{serial}号", $"冀石环罚〔2025〕{serial + 1}号"], seen.Select(h => h.Record.Document!.Value.Original));
        Assert.All(seen, h => Assert.True(h.Shown && h.FirstSeen == h.LastSeen && h.LastSeen == h.ObservedAt));
        Assert.Equal([("网站公示.csv", 2), ("网站公示.csv", 3)], seen.Select(h => (h.Evidence.File, h.Evidence.Row ?? 0)));
        Assert.Equal($"“网站公示.csv”第3行：冀石环罚〔2025〕{serial + 1}号", seen[1].Evidence.Description);
        Assert.Equal("警告", seen[1].Record.PenaltyCategory);
    }

    [Fact]
    public async Task Run_SameUploadTwice_LeavesOneSetOfFindings()
    {
        await using var services = await PublicationUploads.ServicesAsync();
        var unit = $"13{Random.Shared.Next(1000, 9999)}";
        var bytes = Encoding.UTF8.GetBytes(Ledger);

        await PublicationUploads.UploadAsync(services, "ledgers", unit, "台账.csv", bytes);
        var first = await services.GetRequiredService<FindingStore>().ListAsync(unit, CancellationToken.None);
        await PublicationUploads.UploadAsync(services, "ledgers", unit, "台账.csv", bytes);
        var second = await services.GetRequiredService<FindingStore>().ListAsync(unit, CancellationToken.None);

        Assert.Equal(first.Select(f => f.Finding.Key).Order(), second.Select(f => f.Finding.Key).Order());
    }

    [Fact]
    public async Task Run_RetriedAfterTheAuditFailedHavingRecordedItsFindings_LeavesOneSetOfFindings()
    {
        await using var services = await PublicationUploads.ServicesAsync(processor => new FailingUploadProcessor(processor, "台账", failures: 1, afterAudit: true));
        var unit = $"13{Random.Shared.Next(1000, 9999)}";
        var bytes = Encoding.UTF8.GetBytes(Ledger);
        var findings = services.GetRequiredService<FindingStore>();
        var decisions = services.GetRequiredService<DecisionStore>();

        await Assert.ThrowsAsync<InvalidOperationException>(() => PublicationUploads.UploadAsync(services, "ledgers", unit, "台账.csv", bytes));
        var failed = await findings.ListAsync(unit, CancellationToken.None);
        var failedRecords = (await decisions.ListAsync(unit, CancellationToken.None)).Records.Count;
        var disposition = await PublicationUploads.UploadAsync(services, "ledgers", unit, "台账.csv", bytes);
        var retried = await findings.ListAsync(unit, CancellationToken.None);

        Assert.Equal(UploadDisposition.Archived, disposition);
        Assert.Equal(["PUB-INVALID-CODE", "PUB-MISSING", "PUB-MISSING", "PUB-MISSING"], failed.Select(f => f.Finding.RuleId).Order());
        Assert.Equal(failed.Select(f => f.Finding.Key).Order(), retried.Select(f => f.Finding.Key).Order());
        Assert.Equal(3, failedRecords);
        Assert.Equal(3, (await decisions.ListAsync(unit, CancellationToken.None)).Records.Count);
    }

    [Fact]
    public async Task Run_WrongColumns_RejectsWithTheChineseReport()
    {
        await using var services = await PublicationUploads.ServicesAsync();
        var unit = $"13{Random.Shared.Next(1000, 9999)}";

        var result = await PublicationUploads.UploadAsync(services, "ledgers", unit, "错列.csv", Encoding.UTF8.GetBytes("行政相对人名称,行政处罚决定书文号\n某公司,冀石环罚〔2025〕9号\n"));

        Assert.Equal(UploadDisposition.Rejected, result);
        var store = services.GetRequiredService<UploadStore>();
        var report = store.Rejected.GetBlobs(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, $"ledgers/{unit}/", CancellationToken.None).Single(b => b.Name.EndsWith(".errors.txt"));
        var text = (await store.Rejected.GetBlobClient(report.Name).DownloadContentAsync()).Value.Content.ToString();
        Assert.Contains("错列.csv\t1\t\t文件缺少必需的列：处罚决定日期、处罚机关；", text);
    }

    private static Encoding Gb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }
}
