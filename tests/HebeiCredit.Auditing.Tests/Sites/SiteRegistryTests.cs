using HebeiCredit.Auditing.Sites;

namespace HebeiCredit.Auditing.Tests.Sites;

public sealed class SiteRegistryTests
{
    private static string RepositoryFile(string relative)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "HebeiCredit.sln")))
        {
            directory = directory.Parent;
        }

        return File.ReadAllText(Path.Combine(directory!.FullName, relative));
    }

    [Fact]
    public void Parse_HebeiRegistry_ListsEveryUnitOfTheActionPlan()
    {
        var registry = SiteRegistry.Parse(RepositoryFile("samples/registry/hebei.sites.json"), "hebei.sites.json");

        Assert.Equal(33, registry.Sites.Count);
        Assert.Equal(11, registry.Sites.Count(s => s.Unit.Length == 4));
        Assert.Equal(UnitLevel.NewArea, registry.Find("133100")!.Level);
        Assert.Equal(UnitLevel.City, registry.Find("130682")!.Level);
        Assert.Equal("1309", registry.Find("130983")!.Parent);
        Assert.Equal(19, registry.Sites.Count(s => s.Level == UnitLevel.CountyCity));
    }

    [Fact]
    public void Parse_HebeiRegistry_KnowsOnlyTheDocumentedAddressesAndMarksTheRestUnknown()
    {
        var registry = SiteRegistry.Parse(RepositoryFile("samples/registry/hebei.sites.json"), "hebei.sites.json");

        Assert.Equal(new Uri("https://credit.hd.gov.cn"), registry.Find("1304")!.Portal);
        Assert.Equal(new Uri("http://xy.baoding.gov.cn"), registry.Find("1306")!.Portal);
        Assert.Equal(31, registry.Sites.Count(s => !s.AddressKnown));
        Assert.All(registry.Sites, s => Assert.False(s.AllowPrivateNetwork));
    }

    [Fact]
    public void Parse_SimulatedRegistry_AllowsLoopbackForEveryUnit()
    {
        var registry = SiteRegistry.Parse(RepositoryFile("samples/province/sites.json"), "sites.json");

        Assert.Equal(33, registry.Sites.Count);
        Assert.All(registry.Sites, s => Assert.True(s.AllowPrivateNetwork && s.Portal!.Host.EndsWith(".sim.localhost")));
    }

    [Fact]
    public void Parse_AddressUnknown_HasNoPortal()
    {
        var registry = SiteRegistry.Parse("""{ "sites": [ { "unit": "1301", "name": "石家庄市", "level": "设区市", "addressUnknown": true } ] }""", "t.json");

        Assert.False(registry.Sites[0].AddressKnown);
        Assert.Null(registry.Sites[0].Portal);
    }

    [Fact]
    public void Parse_MissingPortal_NamesEntryAndField()
    {
        var e = Assert.Throws<SiteRegistryException>(() => SiteRegistry.Parse(
            """{ "sites": [ { "unit": "1301", "name": "石家庄市", "level": "设区市" } ] }""", "t.json"));

        Assert.Equal(["第 1 条（石家庄市）：字段“portal”缺失：应为门户网站首页地址；地址未知时写 \"addressUnknown\": true，不要猜测地址"], e.Errors);
        Assert.StartsWith("站点登记表 t.json 有 1 处错误：", e.Message);
    }

    [Fact]
    public void Parse_SeveralBadFields_ReportsEachWithItsEntry()
    {
        var e = Assert.Throws<SiteRegistryException>(() => SiteRegistry.Parse(
            """
            { "sites": [
              { "unit": "1301", "name": "石家庄市", "level": "设区市", "portal": "https://a.example" },
              { "unit": "2301", "name": "哈尔滨市", "level": "地级市", "portal": "ftp://b.example" },
              { "unit": "1301", "name": "重复", "level": "设区市", "addressUnknown": true },
              { "unit": "130183", "name": "晋州市", "level": "县级市", "portal": "http://c.example", "parent": "1399" },
              { "unit": "1302", "name": "唐山市", "level": "设区市", "portal": "http://d.example", "addressUnknown": true }
            ] }
            """, "t.json"));

        Assert.Equal(
            [
                "第 2 条（哈尔滨市）：字段“unit”的值“2301”不是以“13”开头的4位或6位行政区划代码",
                "第 2 条（哈尔滨市）：字段“level”的值“地级市”无效：应为设区市、县级市、新区之一",
                "第 2 条（哈尔滨市）：字段“portal”的值“ftp://b.example”不是 http 或 https 开头的完整网址",
                "第 3 条（重复）：字段“unit”的值“1301”与前面的条目重复",
                "第 5 条（唐山市）：字段“portal”与“addressUnknown”: true 矛盾：地址已知时删去 addressUnknown，未知时删去 portal",
                "第 4 条（晋州市）：字段“parent”的值“1399”不是登记表中的单位",
            ],
            e.Errors);
    }

    [Fact]
    public void Parse_NotJson_SaysWhere()
    {
        var e = Assert.Throws<SiteRegistryException>(() => SiteRegistry.Parse("{ \"sites\": [ { \"unit\": } ] }", "t.json"));

        Assert.Single(e.Errors);
        Assert.StartsWith("不是有效的 JSON（第 1 行", e.Errors[0]);
    }

    [Fact]
    public void Parse_NoSitesArray_IsRejected()
    {
        var e = Assert.Throws<SiteRegistryException>(() => SiteRegistry.Parse("{ \"units\": [] }", "t.json"));

        Assert.Equal(["缺少数组字段“sites”"], e.Errors);
    }

    [Fact]
    public void Parse_ColumnSettings_AreReadIntoTheEntry()
    {
        var registry = SiteRegistry.Parse(
            """
            { "sites": [ { "unit": "1301", "name": "石家庄市", "level": "设区市", "portal": "https://a.example",
              "columns": { "synonyms": { "repair": ["修复专栏"] }, "listItemXPath": "//ul[@class='news']/li", "required": ["credit-news", "repair"] } } ] }
            """, "t.json");

        var columns = registry.Sites[0].Columns!;
        Assert.Equal(["修复专栏"], columns.ExtraSynonyms!["repair"]);
        Assert.Equal("//ul[@class='news']/li", columns.ListItemXPath);
        var catalog = HebeiCredit.Auditing.Sites.Columns.ColumnCatalog.Default.ForSite(columns);
        Assert.Contains("修复专栏", catalog.Find("repair")!.Synonyms);
        Assert.Equal(["credit-news", "repair"], catalog.Columns.Where(c => c.Required).Select(c => c.Id));
    }

    [Fact]
    public void Parse_ColumnSettingsWithUnknownColumn_NamesEntryAndField()
    {
        var e = Assert.Throws<SiteRegistryException>(() => SiteRegistry.Parse(
            """
            { "sites": [ { "unit": "1301", "name": "石家庄市", "level": "设区市", "portal": "https://a.example",
              "columns": { "synonyms": { "repare": ["修复专栏"] } } } ] }
            """, "t.json"));

        var error = Assert.Single(e.Errors);
        Assert.StartsWith("第 1 条（石家庄市）：字段“columns”有误：站点栏目配置引用了未知的栏目标识：repare；可用的标识为：credit-news、", error);
    }

    [Fact]
    public void Parse_ColumnSettingsWithBadXPath_NamesEntryAndField()
    {
        var e = Assert.Throws<SiteRegistryException>(() => SiteRegistry.Parse(
            """
            { "sites": [ { "unit": "1301", "name": "石家庄市", "level": "设区市", "portal": "https://a.example",
              "columns": { "navigationXPath": "//div[@id='nav'" } } ] }
            """, "t.json"));

        Assert.Equal(["第 1 条（石家庄市）：字段“columns”有误：站点栏目配置的“NavigationXPath”不是有效的XPath表达式：//div[@id='nav'"], e.Errors);
    }
}
