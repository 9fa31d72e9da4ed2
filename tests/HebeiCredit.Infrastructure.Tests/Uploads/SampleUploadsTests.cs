using HebeiCredit.Auditing.Codes;
using HebeiCredit.Infrastructure.Tests.Uploads.Reading;
using HebeiCredit.Testing;

namespace HebeiCredit.Infrastructure.Tests.Uploads;

/// <summary>The committed samples under samples/uploads/ are what the generator writes, and every reader reads them.</summary>
public sealed class SampleUploadsTests
{
    private static readonly string Folder = RepositoryPaths.Of(Path.Combine("samples", "uploads"));

    public SampleUploadsTests()
    {
        if (Environment.GetEnvironmentVariable("HEBEICREDIT_WRITE_SAMPLES") == "1")
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllBytes(Path.Combine(Folder, SampleUploads.LedgerFile), SampleUploads.LedgerCsv());
            File.WriteAllBytes(Path.Combine(Folder, SampleUploads.PlatformFile), SampleUploads.PlatformCsv());
            File.WriteAllBytes(Path.Combine(Folder, SampleUploads.PenaltyFile), SampleUploads.PenaltyXlsx());
        }
    }

    [Fact]
    public void Samples_CsvFiles_AreWhatTheGeneratorWrites()
    {
        Assert.Equal(SampleUploads.LedgerCsv(), File.ReadAllBytes(Path.Combine(Folder, SampleUploads.LedgerFile)));
        Assert.Equal(SampleUploads.PlatformCsv(), File.ReadAllBytes(Path.Combine(Folder, SampleUploads.PlatformFile)));
    }

    [Fact]
    public void Samples_Codes_AreValid() =>
        Assert.All(SampleUploads.Decisions.Where(d => d.Code.Length > 0), d => Assert.True(UnifiedSocialCreditCode.Validate(d.Code).IsValid, d.Code));

    [Fact]
    public async Task Samples_LedgerUtf8WithBom_ReadsTenDecisions()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, SampleUploads.LedgerFile));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);

        var (headers, rows) = await Upload.ReadAsync(SampleUploads.LedgerFile, bytes);

        Assert.Equal(SampleUploads.Headers, headers);
        Assert.Equal(Enumerable.Range(2, 10), rows.Select(r => r.Row));
        Assert.Equal(["石家庄市华北商贸有限公司", "法人及非法人组织", SampleUploads.Decisions[0].Code, "石市监罚〔2026〕101号", "罚款", "罚款人民币2500元", "0.25", "2026/03/02", "石家庄市市场监督管理局", "石家庄市市场监督管理局"], rows[0].Cells);
    }

    [Fact]
    public async Task Samples_PlatformGbk_ReadsEightReportsWithTheirTime()
    {
        var (headers, rows) = await Upload.ReadAsync(SampleUploads.PlatformFile, File.ReadAllBytes(Path.Combine(Folder, SampleUploads.PlatformFile)));

        Assert.Equal("报送时间", headers[^1]);
        Assert.Equal(8, rows.Count);
        Assert.Equal("2026-03-05 10:30:00", rows[0].Cells[^1]);
        Assert.Equal("张某某", rows.Single(r => r.Cells[1] == "自然人").Cells[0]);
    }

    [Fact]
    public async Task Samples_PenaltyXlsx_ReadsDatesAsSerialsAndAmountsAsNumbers()
    {
        var (headers, rows) = await Upload.ReadAsync(SampleUploads.PenaltyFile, File.ReadAllBytes(Path.Combine(Folder, SampleUploads.PenaltyFile)));

        Assert.Equal(SampleUploads.Headers, headers);
        Assert.Equal(10, rows.Count);
        Assert.Equal("46083", rows[0].Cells[7]);
        Assert.Equal("0.25", rows[0].Cells[6]);
        Assert.Null(rows[6].Cells[2]);
        Assert.Equal(SampleUploads.Decisions.Select(d => d.DocumentNumber), rows.Select(r => r.Cells[3]));
    }
}
