using System.Text;
using HebeiCredit.Auditing.Sites;
using HebeiCredit.Infrastructure.Publication;
using HebeiCredit.Infrastructure.Sites;
using HebeiCredit.Infrastructure.Storage;
using HebeiCredit.Infrastructure.Tests.Crawling;
using HebeiCredit.Infrastructure.Tests.Uploads.Reading;
using HebeiCredit.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace HebeiCredit.Infrastructure.Tests.Sites;

/// <summary>
/// The crawl's read of a unit's 行政处罚 list from a loopback portal into table PublishedRecords (Azurite): HTML
/// table pages in GBK, a paged JSON endpoint, and a list that breaks half way, which must record nothing.
/// </summary>
public sealed class PenaltyListCrawlTests
{
    private const string Header = "<tr><th>行政相对人名称</th><th>行政处罚决定书文号</th><th>处罚决定日期</th><th>处罚机关</th><th>罚款金额（万元）</th></tr>";

    [Fact]
    public async Task CrawlAsync_HtmlTableOverTwoGbkPages_RecordsEveryRecordWithItsPage()
    {
        await using var server = await LoopbackServer.StartAsync(context => context.Request.Path.Value switch
        {
            "/xzcf/index.html" => Gbk(context, Table(1, 2) + "<a href=\"index_1.html\">下一页</a>"),
            "/xzcf/index_1.html" => Gbk(context, Table(3, 3)),
            _ => Gbk(context, "<html><body>信用中国（河北）</body></html>"),
        });
        await using var services = await ServicesAsync();
        var site = Site(server, new PenaltyListSettings("/xzcf/index.html", PenaltyListFormat.Html));

        var check = await CrawlAsync(services, site);

        Assert.Equal(new PenaltyListRead(2, 3, null), check.PenaltyList);
        var seen = (await services.GetRequiredService<PublishedRecordStore>().ListAsync(site.Unit, CancellationToken.None)).OrderBy(h => h.Record.Document!.Value.Key).ToList();
        Assert.Equal(["冀测环罚〔2026〕1号", "冀测环罚〔2026〕2号", "冀测环罚〔2026〕3号"], seen.Select(h => h.Record.Document!.Value.Original));
        Assert.Equal("测试市华北商贸有限公司1", seen[0].Record.SubjectName);
        Assert.All(seen, h => Assert.True(h.Shown));
        var third = seen[2].Evidence;
        Assert.Equal((server.Url("/xzcf/index_1.html"), 2), (third.Url, third.Row));
        Assert.Equal($"行政处罚公示列表 {server.Url("/xzcf/index_1.html")} 第2行：冀测环罚〔2026〕3号", third.Description);
        var snapshot = await services.GetRequiredService<EvidenceStore>().ReadAsync(third.SnapshotBlob!, third.Sha256!, CancellationToken.None);
        Assert.Equal(third.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(snapshot!)));
        Assert.Contains("冀测环罚〔2026〕3号", Upload.Gbk.GetString(snapshot!));
    }

    [Fact]
    public async Task CrawlAsync_PagedJsonEndpoint_RecordsEveryPageUntilTheTotal()
    {
        await using var server = await LoopbackServer.StartAsync(context => context.Request.Path.Value switch
        {
            "/api/xzcf" => Json(context, context.Request.Query["p"] == "1"
                ? """{ "data": { "total": 3, "rows": [ { "mc": "甲公司", "wh": "冀测环罚〔2026〕11号", "rq": "2026-10-01", "jg": "测试市生态环境局" }, { "mc": "乙公司", "wh": "冀测环罚〔2026〕12号", "rq": "2026-10-02", "jg": "测试市生态环境局" } ] } }"""
                : """{ "data": { "total": 3, "rows": [ { "mc": "丙公司", "wh": "冀测环罚〔2026〕13号", "rq": "2026-10-03", "jg": "测试市生态环境局" } ] } }"""),
            _ => Gbk(context, "<html><body>信用中国（河北）</body></html>"),
        });
        await using var services = await ServicesAsync();
        var settings = new PenaltyListSettings("/api/xzcf?p={page}", PenaltyListFormat.Json, "data.rows", "data.total",
            new Dictionary<string, string> { ["行政相对人名称"] = "mc", ["行政处罚决定书文号"] = "wh", ["处罚决定日期"] = "rq", ["处罚机关"] = "jg" });
        var site = Site(server, settings);

        var check = await CrawlAsync(services, site);

        Assert.Equal(new PenaltyListRead(2, 3, null), check.PenaltyList);
        Assert.Equal(["冀测环罚〔2026〕11号", "冀测环罚〔2026〕12号", "冀测环罚〔2026〕13号"],
            (await services.GetRequiredService<PublishedRecordStore>().ListAsync(site.Unit, CancellationToken.None)).Select(h => h.Record.Document!.Value.Original).Order());
    }

    [Fact]
    public async Task CrawlAsync_SecondPageBrokenOnTheNextCrawl_RecordsNoObservation()
    {
        var broken = false;
        await using var server = await LoopbackServer.StartAsync(context => context.Request.Path.Value switch
        {
            "/xzcf/index.html" => Gbk(context, Table(1, 2) + "<a href=\"index_1.html\">下一页</a>"),
            "/xzcf/index_1.html" when broken => Gbk(context, "<html><body><h1>系统维护中</h1></body></html>"),
            "/xzcf/index_1.html" => Gbk(context, Table(3, 3)),
            _ => Gbk(context, "<html><body>信用中国（河北）</body></html>"),
        });
        await using var services = await ServicesAsync();
        var site = Site(server, new PenaltyListSettings("/xzcf/index.html", PenaltyListFormat.Html));
        var store = services.GetRequiredService<PublishedRecordStore>();
        await CrawlAsync(services, site);
        var before = await store.ListAsync(site.Unit, CancellationToken.None);
        broken = true;

        var check = await CrawlAsync(services, site);

        Assert.Equal(new PenaltyListRead(2, 2, $"{server.Url("/xzcf/index_1.html")}：页面中没有表格，读不到行政处罚公示列表"), check.PenaltyList);
        var after = await store.ListAsync(site.Unit, CancellationToken.None);
        Assert.Equal(3, after.Count);
        Assert.All(after, h => Assert.True(h.Shown));
        Assert.Equal(before.Select(h => h.ObservedAt), after.Select(h => h.ObservedAt));
        var rows = await services.GetRequiredService<SiteCheckStore>().ListAsync(site.Unit, CancellationToken.None);
        Assert.Equal([null, check.PenaltyList!.Problem], rows.OrderByDescending(r => r.GetInt32("PenaltyListRecords")).Select(r => r.GetString("PenaltyListProblem")));
    }

    [Fact]
    public async Task CrawlAsync_ListLongerThanThePageLimit_RecordsNoObservation()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            var path = context.Request.Path.Value!;
            if (!path.StartsWith("/xzcf/index_", StringComparison.Ordinal))
            {
                return path == "/xzcf/index.html"
                    ? Gbk(context, Table(1, 1) + "<a href=\"index_1.html\">下一页</a>")
                    : Gbk(context, "<html><body>信用中国（河北）</body></html>");
            }

            var page = int.Parse(path["/xzcf/index_".Length..^".html".Length]);
            return Gbk(context, Table(page + 1, page + 1) + $"<a href=\"index_{page + 1}.html\">下一页</a>");
        });
        await using var services = await ServicesAsync();
        var site = Site(server, new PenaltyListSettings("/xzcf/index.html", PenaltyListFormat.Html));

        var check = await CrawlAsync(services, site);

        Assert.Equal(new PenaltyListRead(3, 3, "列表超过 3 页，未读完"), check.PenaltyList);
        Assert.Empty(await services.GetRequiredService<PublishedRecordStore>().ListAsync(site.Unit, CancellationToken.None));
    }

    private static async Task<ServiceProvider> ServicesAsync()
    {
        await Azurite.ConnectAsync();
        return TestServices.Build();
    }

    private static Task<SiteCheck> CrawlAsync(ServiceProvider services, SiteEntry site) =>
        services.GetRequiredService<SiteCrawler>().CrawlAsync(new CrawlRequest("test-" + Guid.NewGuid().ToString("N"), site), CancellationToken.None);

    /// <summary>A unit of its own, so rows other runs left in the shared Azurite never meet this test's.</summary>
    private static SiteEntry Site(LoopbackServer server, PenaltyListSettings list) =>
        server.Site() with { Unit = $"t{Guid.NewGuid():N}", PenaltyList = list };

    private static string Table(int from, int to)
    {
        var rows = new StringBuilder("<html><body><table>" + Header);
        for (var i = from; i <= to; i++)
        {
            rows.Append($"<tr><td>测试市华北商贸有限公司{i}</td><td>冀测环罚〔2026〕{i}号</td><td>2026-10-0{i}</td><td>测试市生态环境局</td><td>{i}</td></tr>");
        }

        return rows.Append("</table>").ToString();
    }

    private static Task Gbk(HttpContext context, string html)
    {
        context.Response.ContentType = "text/html; charset=gbk";
        return context.Response.Body.WriteAsync(Upload.Gbk.GetBytes(html)).AsTask();
    }

    private static Task Json(HttpContext context, string json)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(json);
    }
}
