using HebeiCredit.Auditing.Publication.Lists;
using HebeiCredit.Auditing.Sites;

namespace HebeiCredit.Auditing.Tests.Publication.Lists;

public sealed class PenaltyJsonReaderTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    private static readonly PenaltyListSettings Paged = new(
        "/api/xzcf/list?pageNo={page}", PenaltyListFormat.Json, "data.list", "data.total",
        new Dictionary<string, string>
        {
            ["行政相对人名称"] = "xdrmc",
            ["行政处罚决定书文号"] = "cfwsh",
            ["处罚决定日期"] = "cfjdrq",
            ["处罚机关"] = "cfjg",
            ["罚款金额（万元）"] = "fkje",
            ["公示截止期"] = "detail.gsjzq",
        });

    private static readonly Uri FirstPage = new("http://xy.example.gov.cn/api/xzcf/list?pageNo=1");

    private const string PagedBody = """
        { "code": 200, "data": { "total": 3, "list": [
          { "xdrmc": "石家庄市华北商贸有限公司", "cfwsh": "冀石环罚〔2026〕12号", "cfjdrq": "2026-10-09", "cfjg": "石家庄市生态环境局", "fkje": 2.5, "detail": { "gsjzq": "2027-10-09" } },
          { "xdrmc": "石家庄市冀中建材有限公司", "cfwsh": "冀石建罚〔2026〕7号", "cfjdrq": "2026-11-02", "cfjg": "石家庄市住房和城乡建设局", "fkje": null }
        ] } }
        """;

    [Fact]
    public void Read_MappedFieldsAndPath_ReadsEachRecord()
    {
        var page = PenaltyJsonReader.Read(PagedBody, FirstPage, Paged, page: 1, readBefore: 0, "1301", Today);

        Assert.True(page.IsReadable);
        Assert.Equal(["冀石环罚〔2026〕12号", "冀石建罚〔2026〕7号"], page.Records.Select(r => r.Document!.Value.Original));
        var first = page.Records[0];
        Assert.Equal((2.5m, new DateOnly(2027, 10, 9), FirstPage.AbsoluteUri, 1), (first.FineAmount, first.PublicationEnd, first.File, first.Row));
        Assert.Null(page.Records[1].FineAmount);
    }

    [Fact]
    public void Read_TotalNotReached_GivesTheNextPage() =>
        Assert.Equal(
            new Uri("http://xy.example.gov.cn/api/xzcf/list?pageNo=2"),
            PenaltyJsonReader.Read(PagedBody, FirstPage, Paged, page: 1, readBefore: 0, "1301", Today).NextPage);

    [Fact]
    public void Read_TotalReached_HasNoNextPage() =>
        Assert.Null(PenaltyJsonReader.Read(PagedBody, FirstPage, Paged, page: 2, readBefore: 1, "1301", Today).NextPage);

    [Fact]
    public void Read_EmptyPage_EndsTheList()
    {
        var page = PenaltyJsonReader.Read("""{ "data": { "list": [] } }""", FirstPage, Paged, page: 3, readBefore: 20, "1301", Today);

        Assert.True(page.IsReadable);
        Assert.Empty(page.Records);
        Assert.Null(page.NextPage);
    }

    [Fact]
    public void Read_PropertiesNamedByTheFields_NeedNoMapping()
    {
        var settings = new PenaltyListSettings("/api/xzcf/all.json", PenaltyListFormat.Json, "rows");
        const string body = """{ "rows": [ { "行政相对人名称": "某公司", "行政处罚决定书文号": "冀邯环罚〔2026〕3号", "处罚决定日期": "2026/09/01", "处罚机关": "邯郸市生态环境局", "处罚类别": "罚款" } ] }""";

        var page = PenaltyJsonReader.Read(body, new Uri("http://credit.hd.gov.cn/api/xzcf/all.json"), settings, 1, 0, "1304", Today);

        var record = Assert.Single(page.Records);
        Assert.Equal(("冀邯环罚〔2026〕3号", "罚款", new DateOnly(2026, 9, 1)), (record.Document!.Value.Original, record.PenaltyCategory, record.DecisionDate));
        Assert.Null(page.NextPage);
    }

    [Fact]
    public void Read_NotJson_IsBroken() =>
        Assert.Equal("数据接口返回的不是有效的 JSON（第 1 行附近）",
            PenaltyJsonReader.Read("<html>502 Bad Gateway</html>", FirstPage, Paged, 1, 0, "1301", Today).Problem);

    [Fact]
    public void Read_ItemsPathMissing_IsBroken() =>
        Assert.Equal("数据接口返回的内容中“data.list”不是记录数组",
            PenaltyJsonReader.Read("""{ "code": 500, "msg": "服务器繁忙" }""", FirstPage, Paged, 1, 0, "1301", Today).Problem);

    [Fact]
    public void Read_UnrecognisedProperties_IsBroken()
    {
        var settings = new PenaltyListSettings("/api/list.json", PenaltyListFormat.Json);

        var page = PenaltyJsonReader.Read("""[ { "a": "1", "b": "2" } ]""", FirstPage, settings, 1, 0, "1301", Today);

        Assert.StartsWith("数据接口的字段无法识别为行政处罚公示记录：", page.Problem);
    }
}
