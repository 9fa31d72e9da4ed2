using System.Text;
using HebeiCredit.Cli.Commands;

namespace HebeiCredit.Cli.Tests.Commands;

/// <summary>`hebeicredit timeliness` through the entry point, over files in a temporary folder.</summary>
public sealed class TimelinessCommandTests : IDisposable
{
    private const string Header = "行政相对人名称,行政处罚决定书文号,处罚决定日期,处罚机关";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("timeliness-cli-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Theory]
    [InlineData("fast")]
    [InlineData("full")]
    public async Task Timeliness_LedgerAndPlatform_PrintsTheCountsInChinese(string path)
    {
        // 2026-03-02 + 7 working days = 03-11: 一 on time, 二 late by 2 working days, 三 never reported (missing),
        // 四 decided 11-25 and unreported (pending on the audit date 11-28).
        var ledger = Write("台账.csv", Header, "甲,冀石罚〔2026〕1号,2026-03-02,石家庄市生态环境局", "乙,冀石罚[2026]第002号,2026/03/02,石家庄市生态环境局",
            "丙,冀石罚〔2026〕3号,2026-03-02,石家庄市生态环境局", "丁,冀石罚〔2026〕4号,2026-11-25,石家庄市生态环境局");
        var platform = Write("平台.csv", Header + ",报送时间", "甲,冀石罚〔2026〕1号,2026-03-02,石家庄市生态环境局,2026-03-11 09:00:00",
            "乙,冀石罚〔2026〕2号,2026-03-02,石家庄市 生态环境局,2026-03-13 10:00:00");

        var (code, output) = await RunAsync("timeliness", "--ledger", ledger, "--platform", platform, "--unit", "1301", "--today", "2026-11-28", "--path", path);

        Assert.Equal(0, code);
        Assert.Equal(
            """
            双公示报送及时性：单位 1301，审计日 2026-11-28
            台账记录 4 条，平台记录 2 条，涉及决定 4 件
            按时报送 1 件，迟报 1 件（合计迟 2 个工作日），漏报 1 件，未到期未报送 1 件，无法判定 0 件

            """.ReplaceLineEndings(),
            output.ReplaceLineEndings());
    }

    [Fact]
    public async Task Timeliness_PlatformWithoutReceiptColumn_NamesTheMissingColumnAndExitsTwo()
    {
        var ledger = Write("台账.csv", Header, "甲,冀石罚〔2026〕1号,2026-03-02,石家庄市生态环境局");
        var platform = Write("平台.csv", Header, "甲,冀石罚〔2026〕1号,2026-03-02,石家庄市生态环境局");

        var (code, output) = await RunAsync("timeliness", "--ledger", ledger, "--platform", platform, "--unit", "1301", "--today", "2026-11-28");

        Assert.Equal(2, code);
        Assert.Contains("文件无法审计", output);
        Assert.Contains("报送时间", output);
    }

    [Theory]
    [InlineData("2026/11/28")]
    [InlineData("昨天")]
    public async Task Timeliness_UnreadableAuditDate_ExitsTwo(string today)
    {
        var ledger = Write("台账.csv", Header);

        var (code, output) = await RunAsync("timeliness", "--ledger", ledger, "--platform", ledger, "--unit", "1301", "--today", today);

        Assert.Equal(2, code);
        Assert.Contains($"审计日“{today}”不是 yyyy-MM-dd 格式的日期。", output);
    }

    [Fact]
    public async Task Timeliness_MissingFile_ExitsTwo()
    {
        var missing = Path.Combine(_folder.FullName, "没有.csv");

        var (code, output) = await RunAsync("timeliness", "--ledger", missing, "--platform", missing, "--unit", "1301");

        Assert.Equal(2, code);
        Assert.Contains("找不到文件", output);
    }

    private static async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        var code = await CliApp.RunAsync(args, output);
        return (code, output.ToString());
    }

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n", new UTF8Encoding(true));
        return path;
    }
}
