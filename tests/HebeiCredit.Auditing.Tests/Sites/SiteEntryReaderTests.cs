using HebeiCredit.Auditing.Sites;

namespace HebeiCredit.Auditing.Tests.Sites;

public sealed class SiteEntryReaderTests
{
    private static string Registry(string extra) =>
        $$"""{ "sites": [ { "unit": "1301", "name": "石家庄市", "level": "设区市", "portal": "https://credit.example/"{{extra}} } ] }""";

    [Fact]
    public void Read_RespectRobotsAbsent_DefaultsToTrue() =>
        Assert.True(SiteRegistry.Parse(Registry(""), "sites.json").Sites[0].RespectRobots);

    [Fact]
    public void Read_RespectRobotsFalse_Read() =>
        Assert.False(SiteRegistry.Parse(Registry(""", "respectRobots": false"""), "sites.json").Sites[0].RespectRobots);

    [Fact]
    public void Read_RespectRobotsNotBoolean_ChineseError()
    {
        var error = Assert.Throws<SiteRegistryException>(() => SiteRegistry.Parse(Registry(""", "respectRobots": "否" """), "sites.json"));

        Assert.Equal(["第 1 条（石家庄市）：字段“respectRobots”的值 \"否\" 无效：应为 true（遵守 robots.txt，默认）或 false（不遵守）"], error.Errors);
    }

    [Fact]
    public void Read_PenaltyListAbsent_IsNull() =>
        Assert.Null(SiteRegistry.Parse(Registry(""), "sites.json").Sites[0].PenaltyList);

    [Fact]
    public void Read_HtmlPenaltyList_Read()
    {
        var list = SiteRegistry.Parse(Registry(""", "penaltyList": { "url": "/xzcf/index.html", "format": "html" }"""), "sites.json").Sites[0].PenaltyList!;

        Assert.Equal(("/xzcf/index.html", PenaltyListFormat.Html), (list.Url, list.Format));
        Assert.Equal(new Uri("https://credit.example/xzcf/index.html"), list.Resolve(new Uri("https://credit.example/")));
    }

    [Fact]
    public void Read_JsonPenaltyListWithMapping_Read()
    {
        var list = SiteRegistry.Parse(Registry("""
            , "penaltyList": { "url": "https://credit.example/api/xzcf?page={page}", "format": "json", "items": "data.list", "total": "data.total",
              "fields": { "行政处罚决定书文号": "cfwsh" } }
            """), "sites.json").Sites[0].PenaltyList!;

        Assert.Equal((PenaltyListFormat.Json, "data.list", "data.total", true), (list.Format, list.ItemsPath, list.TotalPath, list.IsPaged));
        Assert.Equal("cfwsh", list.Fields!["行政处罚决定书文号"]);
        Assert.Equal(new Uri("https://credit.example/api/xzcf?page=3"), list.Resolve(new Uri("https://credit.example/"), 3));
    }

    [Fact]
    public void Read_PenaltyListProblems_EachNamedInChinese()
    {
        var error = Assert.Throws<SiteRegistryException>(() => SiteRegistry.Parse(
            Registry(""", "penaltyList": { "url": "ftp://x/list", "format": "xml", "fields": ["cfwsh"] }"""), "sites.json"));

        Assert.Equal(
        [
            "第 1 条（石家庄市）：字段“penaltyList.url”的值“ftp://x/list”不是 http 或 https 开头的完整网址，也不是以“/”开头的站内路径",
            "第 1 条（石家庄市）：字段“penaltyList.format”的值“xml”无效：应为 html 或 json",
            "第 1 条（石家庄市）：字段“penaltyList.fields”应为对象：字段名 → 数据中的属性名，如 { \"行政处罚决定书文号\": \"cfwsh\" }",
        ], error.Errors);
    }

    [Fact]
    public void Read_HtmlPenaltyListWithJsonSettings_ChineseError()
    {
        var error = Assert.Throws<SiteRegistryException>(() => SiteRegistry.Parse(
            Registry(""", "penaltyList": { "format": "html", "items": "rows" }"""), "sites.json"));

        Assert.Equal(
        [
            "第 1 条（石家庄市）：字段“penaltyList.url”缺失：应为行政处罚公示列表的网址，如“/xzcf/index.html”（相对门户首页）或完整网址",
            "第 1 条（石家庄市）：字段“penaltyList.items”只用于 json 格式：html 表格按表头识别字段",
        ], error.Errors);
    }

    [Fact]
    public void Equals_SameSettingsWithAnotherMappingInstance_AreEqual()
    {
        var a = new PenaltyListSettings("/api", PenaltyListFormat.Json, "rows", null, new Dictionary<string, string> { ["行政处罚决定书文号"] = "cfwsh", ["处罚机关"] = "cfjg" });
        var b = a with { Fields = new Dictionary<string, string> { ["处罚机关"] = "cfjg", ["行政处罚决定书文号"] = "cfwsh" } };

        Assert.Equal(a, b);
        Assert.NotEqual(a, b with { Fields = new Dictionary<string, string> { ["处罚机关"] = "jg", ["行政处罚决定书文号"] = "cfwsh" } });
    }
}
