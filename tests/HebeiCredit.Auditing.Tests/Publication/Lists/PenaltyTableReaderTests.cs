using HebeiCredit.Auditing.Publication.Lists;
using HebeiCredit.Auditing.Publication.Sources;

namespace HebeiCredit.Auditing.Tests.Publication.Lists;

public sealed class PenaltyTableReaderTests
{
    private static readonly Uri PageUrl = new("http://xy.example.gov.cn/xzcf/index.html");
    private static readonly DateOnly Today = new(2026, 11, 28);

    private const string Page = """
        <html><body>
        <table class="nav"><tr><td><a href="/">首页</a></td><td>双公示</td></tr></table>
        <table class="xzcf">
        <thead><tr><th>序号</th><th>行政相对人名称</th><th>统一社会信用代码</th><th>行政处罚决定书文号</th><th>处罚类别</th><th>罚款金额(万元)</th><th>决定日期</th><th>公示截止期</th><th>处罚机关</th></tr></thead>
        <tbody>
        <tr><td>1</td><td>石家庄市华北商贸有限公司</td><td>91130100MA0C00016H</td><td><a href="/xzcf/1.html">冀石环罚〔2026〕12号</a></td><td>罚款</td><td>2.5</td><td>2026-10-09</td><td>2027-10-09</td><td>石家庄市生态环境局</td></tr>
        <tr><td>2</td><td>石家庄市冀中建材有限公司</td><td>91130100MA0C00024C</td><td>冀石建罚字第 7 号</td><td>警告</td><td></td><td>2026/11/02</td><td></td><td>石家庄市住房和城乡建设局</td></tr>
        </tbody></table>
        <div class="pages">共2页 <a href="index_1.html">下一页</a></div>
        </body></html>
        """;

    [Fact]
    public void Read_TableWithAliasHeaders_ReadsEachRowAsAPublishedPenaltyRecord()
    {
        var page = PenaltyTableReader.Read(Page, PageUrl, "1301", Today);

        Assert.True(page.IsReadable);
        Assert.Equal(["冀石环罚〔2026〕12号", "冀石建罚字第 7 号"], page.Records.Select(r => r.Document!.Value.Original));
        var first = page.Records[0];
        Assert.Equal((UploadKind.Published, "1301", PageUrl.AbsoluteUri, 2), (first.Source, first.Unit, first.File, first.Row));
        Assert.Equal(("罚款", 2.5m, new DateOnly(2026, 10, 9), new DateOnly(2027, 10, 9), "石家庄市生态环境局"),
            (first.PenaltyCategory, first.FineAmount, first.DecisionDate, first.PublicationEnd, first.Authority));
        var second = page.Records[1];
        Assert.Equal(("警告", null, new DateOnly(2026, 11, 2), null, 3), (second.PenaltyCategory, second.FineAmount, second.DecisionDate, second.PublicationEnd, second.Row));
    }

    [Fact]
    public void Read_PagerWithNextLink_GivesTheNextPage() =>
        Assert.Equal(new Uri("http://xy.example.gov.cn/xzcf/index_1.html"), PenaltyTableReader.Read(Page, PageUrl, "1301", Today).NextPage);

    [Fact]
    public void Read_LastPage_HasNoNextPage() =>
        Assert.Null(PenaltyTableReader.Read(Page.Replace("<a href=\"index_1.html\">下一页</a>", ""), PageUrl, "1301", Today).NextPage);

    [Fact]
    public void Read_HeaderOnlyTable_IsAReadableEmptyList()
    {
        var page = PenaltyTableReader.Read(
            "<table><tr><th>行政相对人名称</th><th>行政处罚决定书文号</th><th>处罚决定日期</th><th>处罚机关</th></tr></table>", PageUrl, "1301", Today);

        Assert.True(page.IsReadable);
        Assert.Empty(page.Records);
    }

    [Fact]
    public void Read_NoTable_IsBrokenWithTheReason()
    {
        var page = PenaltyTableReader.Read("<html><body><h1>系统维护中，请稍后访问</h1></body></html>", PageUrl, "1301", Today);

        Assert.False(page.IsReadable);
        Assert.Empty(page.Records);
        Assert.Equal("页面中没有表格，读不到行政处罚公示列表", page.Problem);
    }

    [Fact]
    public void Read_TableWithoutPenaltyColumns_IsBrokenNamingWhatIsMissing()
    {
        var page = PenaltyTableReader.Read(
            "<table><tr><th>行政相对人名称</th><th>行政处罚决定书文号</th><th>罚款金额</th></tr><tr><td>某公司</td><td>冀石环罚〔2026〕1号</td><td>1</td></tr></table>",
            PageUrl, "1301", Today);

        Assert.False(page.IsReadable);
        Assert.StartsWith("页面中没有可识别的行政处罚公示表格：", page.Problem);
        Assert.Contains("处罚决定日期", page.Problem);
    }
}
