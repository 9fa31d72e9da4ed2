using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Notices;
using HebeiCredit.Functions.Notices;
using HebeiCredit.Functions.Rectification;
using HebeiCredit.Functions.Tests.Http;
using HebeiCredit.Infrastructure.Notices;
using HebeiCredit.Infrastructure.Overview;
using HebeiCredit.Infrastructure.Rectification;
using HebeiCredit.Infrastructure.Sites;
using HebeiCredit.Infrastructure.Storage;
using HebeiCredit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HebeiCredit.Functions.Tests.Notices;

/// <summary>
/// Notices built through the function classes over Azurite, for a unit of its own in a registry of its own. The
/// periods lie in a random far year, so no other run writes the same notices/{period}/ folder.
/// </summary>
public sealed class NoticeFunctionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 1, 0, 0, TimeSpan.FromHours(8));

    private static (ServiceProvider Services, string Unit) Arrange()
    {
        var unit = "139" + Random.Shared.Next(100, 999).ToString(CultureInfo.InvariantCulture);
        var registry = Path.Combine(Path.GetTempPath(), $"registry-{Guid.NewGuid():N}.json");
        File.WriteAllText(registry, $$"""
            { "name": "测试登记表", "sites": [ { "unit": "{{unit}}", "name": "测试市", "level": "设区市", "addressUnknown": true } ] }
            """);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [StorageNames.ConnectionSetting] = Azurite.ConnectionString,
            ["SiteRegistry:Path"] = registry,
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(new FakeTimeProvider(Now))
            .AddLogging();
        services.AddSiteAudit(configuration);
        services.AddCityLoop();
        services.AddNotices();
        services.AddOverview();
        return (services.BuildServiceProvider(validateScopes: true), unit);
    }

    private static async Task<(HttpStatusCode Status, JsonNode Body)> BuildAsync(IServiceProvider services, string period, string query = "")
    {
        var function = ActivatorUtilities.CreateInstance<BuildNoticePeriod>(services);
        var response = (TestHttpResponse)await function.Run(TestHttpRequest.Post($"/api/notices/{period}{query}", string.Empty), period, CancellationToken.None);
        return (response.StatusCode, JsonNode.Parse(response.Text())!);
    }

    private static async Task<NoticeModel> NoticeAsync(IServiceProvider services, string period)
    {
        var blob = services.GetRequiredService<StorageClients>().Blobs.GetBlobContainerClient(StorageNames.NoticesContainer).GetBlobClient($"{period}/notice.json");
        return NoticeJson.Read((await blob.DownloadContentAsync()).Value.Content);
    }

    [Fact]
    public async Task BuildNoticePeriod_FixReportedThenConfirmedByTheNextAudit_CountsAsFixedInTheNextPeriod()
    {
        var (services, unit) = Arrange();
        await using var _ = services;
        var year = Random.Shared.Next(2100, 2900);
        var (april, may) = ($"{year}-04", $"{year}-05");
        var store = services.GetRequiredService<FindingStore>();
        var finding = new Finding(
            RuleIds.WebColumnMissing, unit, "repair", "“信用修复”栏目缺失", "首页导航中找不到“信用修复”栏目。",
            new PolicyClause("行动方案", "信用修复专栏", "2021"), [new Evidence("首页", new Uri("https://credit.example.gov.cn/"))], Now);
        await store.RecordAuditAsync(unit, "WEB-", [finding], "run-1", Now, CancellationToken.None);
        var key = (await services.GetRequiredService<UnitKeyStore>().IssueAsync(unit, CancellationToken.None)).Key;

        var (aprilStatus, aprilBody) = await BuildAsync(services, april);
        var report = (TestHttpResponse)await ActivatorUtilities.CreateInstance<ReportRectification>(services).Run(
            TestHttpRequest.Post($"/api/findings/{finding.Key}/rectification", """{ "action": "已增设栏目", "evidenceUrl": "https://credit.example.gov.cn/xyxf/" }""", key),
            finding.Key, CancellationToken.None);
        await store.RecordAuditAsync(unit, "WEB-", [], "run-2", Now.AddHours(1), CancellationToken.None);
        var (mayStatus, _) = await BuildAsync(services, may);

        Assert.Equal(HttpStatusCode.OK, aprilStatus);
        Assert.Equal(april, (string?)aprilBody["period"]);
        Assert.Contains($"notices/{april}/notice.docx", aprilBody["files"]!.AsArray().Select(f => (string?)f));
        Assert.Equal(1, (await NoticeAsync(services, april)).Units.Single().OpenFindings);
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal(HttpStatusCode.OK, mayStatus);
        var mayUnit = (await NoticeAsync(services, may)).Units.Single();
        Assert.Equal(0, mayUnit.OpenFindings);
        Assert.Equal(new ReInspectionCounts(Fixed: 1, StillOpen: 0, New: 0, Reopened: 0, ReportedUnconfirmed: 0), mayUnit.ReInspection);
        Assert.True((await store.GetAsync(unit, finding.Key, CancellationToken.None))!.FixConfirmsReport);
    }

    [Fact]
    public async Task BuildNoticePeriod_Built_OverviewLinksThePeriodsFiles()
    {
        var (services, unit) = Arrange();
        await using var _ = services;
        var period = $"t-{Guid.NewGuid():N}"[..20];

        var (status, _) = await BuildAsync(services, period, "?cutoff=2026-11-20");

        var web = services.GetRequiredService<StorageClients>().Blobs.GetBlobContainerClient(StorageNames.WebContainer);
        var index = (await web.GetBlobClient(OverviewService.IndexBlob).DownloadContentAsync()).Value.Content.ToString();
        Assert.Equal(HttpStatusCode.OK, status);
        foreach (var file in new[] { "notice.docx", "notice.xlsx", "notice.html", "notice.json" })
        {
            Assert.Contains($"href=\"notices/{period}/{file}\"", index);
            Assert.True((await web.GetBlobClient($"notices/{period}/{file}").ExistsAsync()).Value);
        }

        Assert.Contains($"<a href=\"notices/{period}/notice.html#unit-{unit}\">第1名 测试市（{unit}）：未整改 0 项，其中已报告整改待确认 0 项</a>", index);
    }

    [Theory]
    [InlineData("spring-check", "", "通报期次“spring-check”无效：月度通报写作“2026-11”；专项通报须同时给出截止日期。")]
    [InlineData("2026-11", "?cutoff=2026/11/20", "截止日期“2026/11/20”无效：应写作 yyyy-MM-dd，如 2026-11-20。")]
    public async Task BuildNoticePeriod_InvalidPeriod_Is400WithTheReason(string period, string query, string message)
    {
        var (services, _) = Arrange();
        await using var _ = services;

        var (status, body) = await BuildAsync(services, period, query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(message, (string?)body["error"]);
    }

    [Theory]
    [InlineData("2026-11-21", "2026-11")]
    [InlineData("2026-11-20", "2026-10")]
    [InlineData("2026-01-05", "2025-12")]
    public void DuePeriod_Today_IsTheMonthWhoseCutOffLastEnded(string today, string period)
    {
        Assert.Equal(period, NoticePublisher.DuePeriod(DateOnly.Parse(today, CultureInfo.InvariantCulture)).Id);
    }
}
