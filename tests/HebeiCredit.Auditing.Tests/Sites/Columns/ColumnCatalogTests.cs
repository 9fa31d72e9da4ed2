using HebeiCredit.Auditing.Sites.Columns;

namespace HebeiCredit.Auditing.Tests.Sites.Columns;

public sealed class ColumnCatalogTests
{
    [Fact]
    public void Default_ListsTheTenKeyColumnsAllRequired()
    {
        Assert.Equal(
            ["credit-news", "policy", "double-publicity", "commitment", "repair", "objection", "integrity-promotion", "red-black-list", "credit-loans", "credit-query"],
            ColumnCatalog.Default.Columns.Select(c => c.Id));
        Assert.All(ColumnCatalog.Default.Columns, c => Assert.True(c.Required));
        Assert.Equal(ColumnKind.Service, ColumnCatalog.Default.Find("credit-query")!.Kind);
        Assert.Equal(ColumnKind.Dynamic, ColumnCatalog.Default.Find("integrity-promotion")!.Kind);
    }

    [Fact]
    public void ForSite_ExtraSynonymsAndRequiredSet_AreMergedIntoACopy()
    {
        var site = ColumnCatalog.Default.ForSite(new SiteColumnSettings(
            ExtraSynonyms: new Dictionary<string, IReadOnlyList<string>> { ["credit-loans"] = ["金融服务", "信易贷"] },
            ListItemXPath: "//ul[@class='list']/li",
            Required: ["repair", "credit-news"]));

        Assert.Equal(["信易贷", "信易+", "金融服务"], site.Find("credit-loans")!.Synonyms);
        Assert.Equal(["credit-news", "repair"], site.Columns.Where(c => c.Required).Select(c => c.Id));
        Assert.Equal("//ul[@class='list']/li", site.ListItemXPath);
        Assert.Equal(["信易贷", "信易+"], ColumnCatalog.Default.Find("credit-loans")!.Synonyms);
    }

    [Fact]
    public void ForSite_UnknownColumnId_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => ColumnCatalog.Default.ForSite(new SiteColumnSettings(Required: ["repair", "xinyong"])));

        Assert.StartsWith("站点栏目配置引用了未知的栏目标识：xinyong；可用的标识为：credit-news、policy、", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForSite_MalformedXPath_ThrowsNamingTheField()
    {
        var error = Assert.Throws<ArgumentException>(() => ColumnCatalog.Default.ForSite(new SiteColumnSettings(ListItemXPath: "//ul[@class='list'/li")));

        Assert.StartsWith("站点栏目配置的“ListItemXPath”不是有效的XPath表达式：//ul[@class='list'/li", error.Message, StringComparison.Ordinal);
    }
}
