using HebeiCredit.Auditing.Sites.Freshness;
using HebeiCredit.Auditing.Sites.Pages;

namespace HebeiCredit.Auditing.Tests.Sites.Freshness;

public sealed class FreshnessReaderTests
{
    private static ListItem Item(string title, DateOnly? date) => new(title, null, date, date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Of_DatedAndUndatedItems_NewestIsTheLatestDateAndUndatedAreCounted()
    {
        var facts = FreshnessReader.Of([Item("a", new(2026, 11, 2)), Item("b", null), Item("c", new(2026, 11, 20))], new DateOnly(2026, 11, 28));

        Assert.Equal(new DateOnly(2026, 11, 20), facts.Newest);
        Assert.Equal("c", facts.NewestItem!.Title);
        Assert.Equal(2, facts.DatedItems);
        Assert.Equal(1, facts.UndatedItems);
    }

    [Fact]
    public void Of_OnlyUndatedItems_HasNoNewestDate()
    {
        var facts = FreshnessReader.Of([Item("a", null), Item("b", null)], new DateOnly(2026, 11, 28));

        Assert.Null(facts.Newest);
        Assert.Equal(2, facts.UndatedItems);
    }

    [Fact]
    public void Of_FutureDatedItem_IsFlaggedAndNotTrusted()
    {
        var facts = FreshnessReader.Of([Item("old", new(2026, 9, 1)), Item("future", new(2026, 12, 5))], new DateOnly(2026, 11, 28));

        Assert.Equal(new DateOnly(2026, 9, 1), facts.Newest);
        Assert.Equal("future", Assert.Single(facts.FutureDatedItems).Title);
    }

    [Fact]
    public void Of_ItemDatedTheDayAfterTheCrawl_IsTrusted()
    {
        var facts = FreshnessReader.Of([Item("tomorrow", new(2026, 11, 29))], new DateOnly(2026, 11, 28));

        Assert.Equal(new DateOnly(2026, 11, 29), facts.Newest);
        Assert.Empty(facts.FutureDatedItems);
    }

    [Fact]
    public void Of_ShortDatesReadJustAfterNewYear_TakeLastYear()
    {
        var crawlDate = new DateOnly(2027, 1, 3);
        var page = ListPageReader.Read(
            PortalPages.ListPage("信用动态",
                PortalPages.Item("邯郸市2027年新年信用工作部署会召开", "a.html", "[01-02]") + "\n"
                + PortalPages.Item("邯郸市2026年度信用体系建设工作总结", "b.html", "[12-30]")),
            new Uri("https://credit.hd.gov.cn/xydt/"),
            crawlDate);

        var facts = FreshnessReader.Of(page.Items, crawlDate);

        Assert.Equal([new DateOnly(2027, 1, 2), new DateOnly(2026, 12, 30)], page.Items.Select(i => i.Date!.Value));
        Assert.Equal(new DateOnly(2027, 1, 2), facts.Newest);
        Assert.Empty(facts.FutureDatedItems);
    }
}
