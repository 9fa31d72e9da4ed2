using System.Text;
using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Time;
using HebeiCredit.Functions.Repair;
using HebeiCredit.Functions.Tests.Publication;
using HebeiCredit.Infrastructure.Publication;
using HebeiCredit.Infrastructure.Repair;
using HebeiCredit.Infrastructure.Storage;
using HebeiCredit.Infrastructure.Uploads;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace HebeiCredit.Functions.Tests.Repair;

/// <summary>AuditRepairUpload called as the host calls it, with the function app's registrations, over Azurite.</summary>
public sealed class AuditRepairUploadTests
{
    [Fact]
    public async Task Run_RepairResultsWithAliasHeaders_ArchivesItAndFlagsTheUnitStillShowingTheRecord()
    {
        var today = new DateOnly(2026, 3, 4);
        await using var services = await PeriodHost.BuildAsync(today);
        var (unit, tag) = ($"t{Guid.NewGuid():N}", Guid.NewGuid().ToString("N")[..8]);
        var document = $"冀石环罚〔2025〕{tag}号";
        await services.GetRequiredService<PublishedRecordStore>().RecordObservationAsync(
            unit, [PeriodHost.Sighting(unit, document, new DateOnly(2025, 6, 3))], PeriodHost.At(today), CancellationToken.None);
        var file = $"修复结果-{tag}.csv";
        var bytes = Encoding.UTF8.GetBytes($"处罚决定书文号,主体名称,修复日期,修复方式\n{document},某某有限公司,2026-02-25,信用修复\n");
        var inbox = services.GetRequiredService<UploadStore>().Inbox;
        await inbox.CreateIfNotExistsAsync();
        var blob = inbox.GetBlobClient($"repairs/{file}");
        await blob.UploadAsync(BinaryData.FromBytes(bytes), overwrite: true);
        var delivered = ChinaTime.DateOf((await blob.GetPropertiesAsync()).Value.CreatedOn);

        await new AuditRepairUpload(services.GetRequiredService<RepairUploadService>(), NullLogger<AuditRepairUpload>.Instance)
            .Run(new MemoryStream(bytes), file, CancellationToken.None);

        Assert.True(await services.GetRequiredService<UploadStore>().Archive.GetBlobClient($"repairs/{delivered:yyyy-MM-dd}/{file}").ExistsAsync());
        var stored = Assert.Single(await services.GetRequiredService<FindingStore>().ListAsync(unit, CancellationToken.None));
        Assert.Equal($"“{document}”修复结果未同步", stored.Finding.Summary);
        Assert.Equal(RuleIds.RepNotSynced, stored.Finding.RuleId);
    }
}
