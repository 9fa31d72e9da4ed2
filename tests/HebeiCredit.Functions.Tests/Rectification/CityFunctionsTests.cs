using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using HebeiCredit.Auditing.Findings;
using HebeiCredit.Functions.Rectification;
using HebeiCredit.Functions.Tests.Http;
using HebeiCredit.Infrastructure.Rectification;
using HebeiCredit.Infrastructure.Storage;
using HebeiCredit.Testing;
using Microsoft.Extensions.Time.Testing;

namespace HebeiCredit.Functions.Tests.Rectification;

/// <summary>The city loop through its function classes over Azurite: who may read and report what, and the report's life.</summary>
public sealed class CityFunctionsTests
{
    private static readonly DateTimeOffset Audited = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider clock = new(Audited.AddDays(3));

    private sealed record City(string Unit, string Key, Finding Finding);

    private static string NewUnit() => "8" + Random.Shared.Next(10_000, 99_999).ToString(CultureInfo.InvariantCulture);

    private static Finding Missing(string unit) => new(
        RuleIds.WebColumnMissing, unit, "repair", "“信用修复”栏目缺失", "首页导航中找不到“信用修复”栏目。",
        new PolicyClause("河北省社会信用体系建设领导小组《关于进一步提升全省信用状况的行动方案》", "信用修复专栏", "2021"),
        [new Evidence("首页", new Uri("https://credit.example.gov.cn/"), "evidence/2026-03-02/x/abc", "abc")], Audited);

    private async Task<(FindingStore Store, UnitKeyStore Keys, UnitFindings List, ReportRectification Report)> ArrangeAsync()
    {
        var clients = await Azurite.ConnectAsync();
        var store = new FindingStore(clients);
        var keys = new UnitKeyStore(clients, clock);
        var service = new CityFindingsService(keys, store, clock);
        return (store, keys, new UnitFindings(service), new ReportRectification(service));
    }

    private static async Task<City> CityAsync(FindingStore store, UnitKeyStore keys)
    {
        var unit = NewUnit();
        var finding = Missing(unit);
        await store.RecordAuditAsync(unit, "WEB-", [finding], "run-1", Audited, CancellationToken.None);
        return new City(unit, (await keys.IssueAsync(unit, CancellationToken.None)).Key, finding);
    }

    private static async Task<(HttpStatusCode Status, JsonNode Body)> GetAsync(UnitFindings function, string unit, string? key)
    {
        var response = (TestHttpResponse)await function.Run(TestHttpRequest.Get($"/api/units/{unit}/findings", key), unit, CancellationToken.None);
        return (response.StatusCode, JsonNode.Parse(response.Text())!);
    }

    private static async Task<(HttpStatusCode Status, JsonNode Body)> PostAsync(ReportRectification function, string id, string body, string? key)
    {
        var response = (TestHttpResponse)await function.Run(TestHttpRequest.Post($"/api/findings/{id}/rectification", body, key), id, CancellationToken.None);
        Assert.Equal("application/json; charset=utf-8", response.Headers.GetValues("Content-Type").Single());
        return (response.StatusCode, JsonNode.Parse(response.Text())!);
    }

    private const string GoodReport = """{ "action": "已在首页导航增设“信用修复”栏目并发布办理流程", "evidenceUrl": "https://credit.example.gov.cn/xyxf/" }""";

    [Fact]
    public async Task UnitFindings_NoKey_Is401()
    {
        var (store, keys, list, _) = await ArrangeAsync();
        var city = await CityAsync(store, keys);

        var (status, body) = await GetAsync(list, city.Unit, null);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("缺少单位密钥：请在请求头 X-Unit-Key 中提供本单位的密钥。", (string?)body["error"]);
    }

    [Theory]
    [InlineData("wrong-secret")]
    [InlineData("not a key")]
    public async Task UnitFindings_WrongKey_Is401(string secret)
    {
        var (store, keys, list, _) = await ArrangeAsync();
        var city = await CityAsync(store, keys);
        var forged = secret.Contains(' ') ? secret : city.Key[..city.Key.LastIndexOf('.')] + "." + secret;

        var (status, body) = await GetAsync(list, city.Unit, forged);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("单位密钥无效或已吊销，请向省信用办申请新的密钥。", (string?)body["error"]);
    }

    [Fact]
    public async Task UnitFindings_RevokedKey_Is401()
    {
        var (store, keys, list, _) = await ArrangeAsync();
        var city = await CityAsync(store, keys);
        await keys.RevokeAsync(city.Unit, null, CancellationToken.None);

        var (status, _) = await GetAsync(list, city.Unit, city.Key);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task UnitFindings_AnotherUnitsKey_Is403AndShowsNothing()
    {
        var (store, keys, list, _) = await ArrangeAsync();
        var handan = await CityAsync(store, keys);
        var baoding = await CityAsync(store, keys);

        var (status, body) = await GetAsync(list, baoding.Unit, handan.Key);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal($"本密钥属于单位 {handan.Unit}，无权查看或报告单位 {baoding.Unit} 的问题。", (string?)body["error"]);
        Assert.Null(body["findings"]);
    }

    [Fact]
    public async Task UnitFindings_OwnKey_Is200WithOnlyItsFindingsInChinese()
    {
        var (store, keys, list, _) = await ArrangeAsync();
        var handan = await CityAsync(store, keys);
        await CityAsync(store, keys);

        var (status, body) = await GetAsync(list, handan.Unit, handan.Key);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, (int?)body["count"]);
        var finding = body["findings"]!.AsArray().Single()!;
        Assert.Equal(handan.Finding.Key, (string?)finding["id"]);
        Assert.Equal(handan.Unit, (string?)finding["unit"]);
        Assert.Equal("Open", (string?)finding["status"]);
        Assert.Equal("未整改", (string?)finding["statusText"]);
        Assert.Equal("“信用修复”栏目缺失", (string?)finding["summary"]);
        Assert.Equal("信用修复专栏", (string?)finding["clause"]!["clause"]);
        Assert.Equal("https://credit.example.gov.cn/", (string?)finding["evidence"]![0]!["url"]);
        Assert.Equal("2026-03-02T10:00:00+08:00", (string?)finding["firstSeen"]);
    }

    [Fact]
    public async Task ReportRectification_AnotherUnitsFinding_Is403AndLeavesItOpen()
    {
        var (store, keys, _, report) = await ArrangeAsync();
        var handan = await CityAsync(store, keys);
        var baoding = await CityAsync(store, keys);

        var (status, body) = await PostAsync(report, baoding.Finding.Key, GoodReport, handan.Key);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal($"本密钥属于单位 {handan.Unit}，无权查看或报告单位 {baoding.Unit} 的问题。", (string?)body["error"]);
        Assert.Equal(FindingStatus.Open, (await store.GetAsync(baoding.Unit, baoding.Finding.Key, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task ReportRectification_NoKey_Is401()
    {
        var (store, keys, _, report) = await ArrangeAsync();
        var city = await CityAsync(store, keys);

        var (status, _) = await PostAsync(report, city.Finding.Key, GoodReport, null);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Theory]
    [InlineData("""{ "action": " ", "evidenceUrl": "javascript:alert(1)" }""", "“整改措施”（action）不能为空。|“证据链接”（evidenceUrl）必须是以 http:// 或 https:// 开头的完整网址。")]
    [InlineData("""{ "action": "已整改" }""", "“证据链接”（evidenceUrl）不能为空。")]
    [InlineData("已整改", "请求体必须是 JSON 对象，例如 {\"action\":\"整改措施\",\"evidenceUrl\":\"https://…\"}。")]
    public async Task ReportRectification_InvalidBody_Is400NamingEachField(string json, string errors)
    {
        var (store, keys, _, report) = await ArrangeAsync();
        var city = await CityAsync(store, keys);

        var (status, body) = await PostAsync(report, city.Finding.Key, json, city.Key);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("整改报告有误，未保存。", (string?)body["error"]);
        Assert.Equal(errors.Split('|'), body["errors"]!.AsArray().Select(e => (string?)e));
        Assert.Equal(FindingStatus.Open, (await store.GetAsync(city.Unit, city.Finding.Key, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task ReportRectification_UnknownFinding_Is404()
    {
        var (store, keys, _, report) = await ArrangeAsync();
        var city = await CityAsync(store, keys);
        var unknown = FindingKey.Of(RuleIds.WebColumnBlank, city.Unit, "nowhere");

        var (status, body) = await PostAsync(report, unknown, GoodReport, city.Key);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal($"未找到问题 {unknown}。", (string?)body["error"]);
    }

    [Fact]
    public async Task ReportRectification_ThenNextAuditNoLongerSees_IsReportedThenFixed()
    {
        var (store, keys, list, report) = await ArrangeAsync();
        var city = await CityAsync(store, keys);

        var (status, body) = await PostAsync(report, city.Finding.Key, GoodReport, city.Key);
        var (_, listed) = await GetAsync(list, city.Unit, city.Key);
        await store.RecordAuditAsync(city.Unit, "WEB-", [], "run-2", Audited.AddDays(30), CancellationToken.None);
        var (_, afterAudit) = await GetAsync(list, city.Unit, city.Key);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Reported", (string?)body["status"]);
        Assert.Equal("已报告整改，待确认", (string?)body["statusText"]);
        Assert.Equal("已在首页导航增设“信用修复”栏目并发布办理流程", (string?)body["rectification"]!["action"]);
        Assert.Equal("2026-03-05T10:00:00+08:00", (string?)body["rectification"]!["reportedAt"]);
        Assert.Equal("已报告整改，待确认", (string?)listed["findings"]![0]!["statusText"]);
        Assert.Equal(0, (int?)afterAudit["count"]);
        var stored = await store.GetAsync(city.Unit, city.Finding.Key, CancellationToken.None);
        Assert.Equal(FindingStatus.Fixed, stored!.Status);
        Assert.True(stored.FixConfirmsReport);
    }

    [Fact]
    public async Task ReportRectification_AlreadyFixed_Is409()
    {
        var (store, keys, _, report) = await ArrangeAsync();
        var city = await CityAsync(store, keys);
        await store.RecordAuditAsync(city.Unit, "WEB-", [], "run-2", Audited.AddDays(1), CancellationToken.None);

        var (status, body) = await PostAsync(report, city.Finding.Key, GoodReport, city.Key);

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("该问题已经复核确认整改，无需再报告。", (string?)body["error"]);
    }
}
