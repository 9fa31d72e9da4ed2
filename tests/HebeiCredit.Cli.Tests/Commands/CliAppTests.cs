using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using HebeiCredit.Auditing.Findings;
using HebeiCredit.Cli.Commands;
using HebeiCredit.Infrastructure.Storage;
using HebeiCredit.Testing;

namespace HebeiCredit.Cli.Tests.Commands;

/// <summary>The CLI through its entry point, as a user runs it.</summary>
public sealed class CliAppTests
{
    private static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        var code = await CliApp.RunAsync(args, output);
        return (code, output.ToString());
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("audit", "--help")]
    [InlineData("demo", "--help")]
    [InlineData("serve", "--help")]
    [InlineData("availability", "--help")]
    [InlineData("upload", "--help")]
    [InlineData("repairs", "--help")]
    [InlineData("export", "--help")]
    [InlineData("notices", "--help")]
    [InlineData("timeliness", "--help")]
    public async Task RunAsync_Help_ExitsZeroAndDescribes(params string[] args)
    {
        var (code, output) = await RunAsync(args);

        Assert.Equal(0, code);
        Assert.Contains("Usage", output);
    }

    [Fact]
    public async Task RunAsync_UnknownOption_ExitsNonZero()
    {
        var (code, _) = await RunAsync("audit", "--no-such-option");

        Assert.NotEqual(0, code);
    }

    [Fact]
    public async Task Audit_MissingRegistryOption_ExitsNonZero()
    {
        var (code, output) = await RunAsync("audit");

        Assert.NotEqual(0, code);
        Assert.Contains("--registry", output);
    }

    [Fact]
    public async Task Audit_MalformedRegistry_NamesTheEntryAndExitsTwo()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, """{ "sites": [ { "unit": "1301", "name": "石家庄市", "level": "设区市" } ] }""");

        var (code, output) = await RunAsync("audit", "--registry", file);

        Assert.Equal(2, code);
        Assert.Contains("站点登记表有误，未开始审计", output);
        Assert.Contains("第 1 条（石家庄市）：字段“portal”缺失", output);
    }

    [Fact]
    public async Task Audit_StorageUnreachable_SaysWhichEndpointAndHowToStartAzurite()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, """{ "sites": [ { "unit": "1301", "name": "石家庄市", "level": "设区市", "addressUnknown": true } ] }""");
        const string closedPort = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;QueueEndpoint=http://127.0.0.1:9/devstoreaccount1;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;";

        var (code, output) = await RunAsync("audit", "--registry", file, "--storage", closedPort);

        Assert.Equal(3, code);
        Assert.Contains("无法连接存储服务 http://127.0.0.1:9/devstoreaccount1", output);
        Assert.Contains("本地运行时请先启动 Azurite", output);
    }

    [Fact]
    public async Task Audit_AddressUnknown_IsReportedNotFetched()
    {
        await Azurite.ConnectAsync();
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, """{ "sites": [ { "unit": "130183", "name": "晋州市", "level": "县级市", "addressUnknown": true } ] }""");

        var (code, output) = await RunAsync("audit", "--registry", file);

        Assert.Equal(0, code);
        Assert.Contains("（地址未知）", output);
        Assert.Contains("共 1 个单位：首页正常 0 个，异常 0 个，地址未知 1 个；发现问题 0 个。", output);
    }

    [Fact]
    public async Task Demo_SimulatedProvince_ExitsZeroAndPrintsEveryUnit()
    {
        await Azurite.ConnectAsync();
        var folder = Path.Combine(Path.GetTempPath(), $"demo-{Guid.NewGuid():N}");

        var (code, output) = await RunAsync("demo", "--output", folder);

        Assert.Equal(0, code);
        var registry = HebeiCredit.Auditing.Sites.SiteRegistry.Parse(File.ReadAllText(Path.Combine(folder, "sites.json")), "sites.json");
        Assert.Equal(33, registry.Sites.Count);
        Assert.All(registry.Sites, site => Assert.Contains($"│ {site.Unit} ", output));
        Assert.Contains("共 33 个单位：首页正常 29 个，异常 4 个，地址未知 0 个；", output);
        Assert.Contains("WEB-COLUMN-MISSING │ “信用修复”栏目缺失", output);
        Assert.Contains("双公示报送情况", output);
        Assert.DoesNotContain("不受理", output);
        foreach (var rule in new[] { "PUB-LATE", "PUB-MISSING", "PUB-CONCEALED", "PUB-DUPLICATE", "PUB-INVALID-FIELD", "PUB-INVALID-CODE" })
        {
            Assert.Contains($"│ {rule} ", output);
        }
        Assert.Contains("行政处罚公示期限与信用修复", output);
        foreach (var planted in HebeiCredit.Simulation.ProvinceData.PeriodDefects().Where(c => c.Rule is not null))
        {
            Assert.Contains(output.Split('\n'), line => line.Contains($"│ {planted.Unit} ", StringComparison.Ordinal)
                && line.Contains($"│ {planted.Rule} ", StringComparison.Ordinal) && line.Contains($"“{planted.Document}”", StringComparison.Ordinal));
        }
        Assert.Contains("返回错误状态码 503", output);
        Assert.Contains("超时未打开", output);
        Assert.Contains("连接被重置", output);
        Assert.Contains("指向内网或保留地址，已拒绝访问", output);
        var notices = Directory.GetDirectories(Path.Combine(folder, "notices")).Single();
        Assert.Equal(["notice.docx", "notice.html", "notice.json", "notice.xlsx"], Directory.GetFiles(notices).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("督导通报（截至", output);
        Assert.Contains("个单位，未整改问题", output);
        Assert.Contains($"通报文件在：{notices}", output);
    }

    [Fact]
    public async Task Repairs_FileWithoutRepairDate_ExitsTwoAndSaysWhichColumnIsMissing()
    {
        await Azurite.ConnectAsync();
        var file = Path.Combine(Path.GetTempPath(), $"修复结果-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "行政处罚决定书文号,行政相对人名称\n冀石环罚〔2026〕1号,某某有限公司\n");

        var (code, output) = await RunAsync("repairs", file);

        Assert.Equal(2, code);
        Assert.Contains("不受理", output);
        Assert.Contains("文件缺少必需的列：修复决定日期", output);
    }

    [Fact]
    public async Task Availability_AfterAnAudit_SummarisesTheWindowPerUnit()
    {
        await Azurite.ConnectAsync();
        var unit = $"13{Random.Shared.Next(9000, 9999)}";
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, $$"""{ "sites": [ { "unit": "{{unit}}", "name": "测试市", "level": "县级市", "addressUnknown": true } ] }""");
        await RunAsync("audit", "--registry", file);

        var (code, output) = await RunAsync("availability", "--registry", file);

        Assert.Equal(0, code);
        Assert.Contains("网站可用性（最近 7 天，每天至少 20 次探测方可判定）", output);
        Assert.Contains($"│ {unit} ", output);
        Assert.Contains("探测不足", output);
    }

    [Fact]
    public async Task Upload_SampleLedgerAndGbkPlatformExport_ShowsRatesAndMissingDecisions()
    {
        await Azurite.ConnectAsync();
        var unit = $"13{Random.Shared.Next(1000, 9999)}";

        var (ledgerCode, _) = await RunAsync("upload", "--kind", "ledgers", "--unit", unit, RepositoryPaths.Of("samples/uploads/ledgers-1301-2026-03.csv"));
        var (platformCode, output) = await RunAsync("upload", "--kind", "platform", "--unit", unit, RepositoryPaths.Of("samples/uploads/platform-1301-2026-03-gbk.csv"));

        Assert.Equal((0, 0), (ledgerCode, platformCode));
        Assert.Contains($"archive/platform/{unit}/", output);
        // 全部: 10 decisions, 10 in the ledger, 8 reported, 8 on time, 0 late, 2 missing.
        Assert.Matches($@"│ {unit}\s+│ 全部\s+│ 10\s+│ 10\s+│ 8\s+│ 8\s+│ 0\s+│ 2\s+│", output);
        Assert.Contains("PUB-MISSING │ “石市监罚〔2026〕110号”漏报", output);
    }

    [Fact]
    public async Task Upload_UnknownKind_ExitsNonZero()
    {
        var (code, _) = await RunAsync("upload", "--kind", "repairs", "--unit", "1301", "x.csv");

        Assert.NotEqual(0, code);
    }

    private static async Task<string> FindingForRandomUnitAsync()
    {
        var clients = await Azurite.ConnectAsync();
        var unit = $"13{Random.Shared.Next(1000, 9999)}";
        var observed = new DateTimeOffset(2026, 3, 20, 2, 0, 0, TimeSpan.Zero);
        var finding = new Finding("PUB-LATE", unit, "ledgers.csv#2", "=HYPERLINK(\"http://x\")", "台账第 2 行的决定迟报 3 个工作日。",
            new PolicyClause("双公示工作方案", "第三条"), [new Evidence("台账记录", File: "ledgers.csv", Row: 2, Field: "处罚决定书文号")], observed);
        var web = finding with { RuleId = "WEB-COLUMN-MISSING", Subject = "home", Summary = "“信用修复”栏目缺失" };
        var store = new FindingStore(clients);
        await store.RecordAuditAsync(unit, "PUB-", [finding], "test-run", observed, CancellationToken.None);
        await store.RecordAuditAsync(unit, "WEB-", [web], "test-run", observed, CancellationToken.None);
        return unit;
    }

    [Fact]
    public async Task Export_Csv_WritesTheUnitsOpenFindingsOfThePrefixNeutralised()
    {
        var unit = await FindingForRandomUnitAsync();
        var file = Path.Combine(Path.GetTempPath(), $"export-{Guid.NewGuid():N}", "findings.csv");

        var (code, output) = await RunAsync("export", "--unit", unit, "--rules", "PUB-", "--format", "csv", "--output", file);

        Assert.Equal(0, code);
        Assert.Contains("未整改的问题 1 个", output);
        Assert.Contains("findings.csv", output);
        var bytes = await File.ReadAllBytesAsync(file);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains("'=HYPERLINK", text);
        Assert.Contains(unit, text);
        Assert.DoesNotContain("WEB-COLUMN-MISSING", text);
    }

    [Fact]
    public async Task Export_Xlsx_WritesASheetPerRule()
    {
        var unit = await FindingForRandomUnitAsync();
        var file = Path.Combine(Path.GetTempPath(), $"export-{Guid.NewGuid():N}.xlsx");

        var (code, output) = await RunAsync("export", "--unit", unit, "--output", file);

        Assert.Equal(0, code);
        Assert.Contains("未整改的问题 2 个", output);
        using var document = SpreadsheetDocument.Open(file, false);
        Assert.Equal(["PUB-LATE", "WEB-COLUMN-MISSING"], document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
        Assert.Empty(document.WorkbookPart.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()));
    }

    [Fact]
    public async Task Export_UnknownFormat_ExitsNonZero()
    {
        var (code, _) = await RunAsync("export", "--unit", "1301", "--format", "xls", "--output", Path.GetTempFileName());

        Assert.NotEqual(0, code);
    }

    [Fact]
    public async Task Export_FixedFindings_AreLeftOut()
    {
        var unit = await FindingForRandomUnitAsync();
        await new FindingStore(await Azurite.ConnectAsync()).RecordAuditAsync(unit, "PUB-", [], "fixing-run", new DateTimeOffset(2026, 3, 27, 2, 0, 0, TimeSpan.Zero), CancellationToken.None);
        var file = Path.Combine(Path.GetTempPath(), $"export-{Guid.NewGuid():N}.csv");

        var (code, output) = await RunAsync("export", "--unit", unit, "--output", file);

        Assert.Equal(0, code);
        Assert.Contains("未整改的问题 1 个", output);
        var text = await File.ReadAllTextAsync(file);
        Assert.DoesNotContain("PUB-LATE", text);
        Assert.Contains("WEB-COLUMN-MISSING", text);
    }

    [Fact]
    public async Task Notices_Registry_WritesTheFourFilesToTheFolder()
    {
        await Azurite.ConnectAsync();
        var unit = $"13{Random.Shared.Next(1000, 9999)}";
        var registry = Path.GetTempFileName();
        await File.WriteAllTextAsync(registry, $$"""{ "sites": [ { "unit": "{{unit}}", "name": "测试市", "level": "县级市", "addressUnknown": true } ] }""");
        var period = $"cli-{Guid.NewGuid():N}"[..20];
        var folder = Path.Combine(Path.GetTempPath(), period);

        var (code, output) = await RunAsync("notices", "--period", period, "--cut-off", "2026-11-20", "--registry", registry, "--out", folder);

        Assert.Equal(0, code);
        Assert.Equal(["notice.docx", "notice.html", "notice.json", "notice.xlsx"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains($"已生成专项（{period}）督导通报（截至2026年11月20日）：1个单位，未整改问题0个，整改期限", output);
        Assert.Contains($"notice.docx  （存储：notices/{period}/notice.docx）", output);
        Assert.Contains($"通报文件在：{folder}", output);
        Assert.Contains("测试市", await File.ReadAllTextAsync(Path.Combine(folder, "notice.html")));
    }

    [Fact]
    public async Task Notices_BadPeriod_ExitsTwoAndSaysWhy()
    {
        var (code, output) = await RunAsync("notices", "--period", "2026-13");

        Assert.Equal(2, code);
        Assert.Contains("通报期次“2026-13”无效：月度通报写作“2026-11”；专项通报须同时给出截止日期。", output);
    }

    [Fact]
    public async Task Notices_BadCutOff_ExitsTwoAndSaysWhy()
    {
        var (code, output) = await RunAsync("notices", "--period", "2026-11", "--cut-off", "11/20");

        Assert.Equal(2, code);
        Assert.Contains("截止日期“11/20”无效：应写作 yyyy-MM-dd，如 2026-11-20。", output);
    }
}
