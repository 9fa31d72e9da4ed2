using HebeiCredit.Auditing.Publication.Headers;
using HebeiCredit.Auditing.Publication.Records;
using HebeiCredit.Auditing.Publication.Sources;
using HebeiCredit.Auditing.Tests.Publication.Headers;

namespace HebeiCredit.Auditing.Tests.Publication.Records;

/// <summary>A valid penalty row of a ledger file, changed cell by cell by the tests.</summary>
internal static class RowFixture
{
    public const string File = "石家庄市场监管局台账2025-10.csv";
    public const string Unit = "1301";
    public static readonly DateOnly Today = new(2025, 11, 28);

    public static Dictionary<string, string?> Valid() => new()
    {
        ["行政相对人名称"] = "石家庄某某商贸有限公司",
        ["行政相对人类别"] = "法人及非法人组织",
        ["行政相对人代码_1(统一社会信用代码)"] = "91130100MA0E2B3MXJ",
        ["证件类型"] = null,
        ["证件号码"] = null,
        ["行政处罚决定书文号"] = "冀石市监罚〔2025〕12号",
        ["违法行为类型"] = "虚假宣传",
        ["处罚类别"] = "罚款",
        ["处罚内容"] = "罚款人民币1.5万元",
        ["罚款金额（万元）"] = "1.5",
        ["处罚决定日期"] = "2025/09/28",
        ["处罚有效期"] = "2099/12/31",
        ["公示截止期"] = "2026-09-28",
        ["处罚机关"] = "石家庄市市场监督管理局",
        ["处罚机关统一社会信用代码"] = "11130100000000000X",
        ["数据来源单位"] = "石家庄市市场监督管理局",
    };

    public static RowReadResult Read(Action<Dictionary<string, string?>>? change = null, UploadKind kind = UploadKind.Ledgers, int row = 5, string[]? headers = null)
    {
        headers ??= HeaderMatcherTests.PenaltyHeaders;
        var cells = Valid();
        change?.Invoke(cells);
        var header = HeaderMatcher.Match(headers, kind);
        Assert.True(header.Accepted, header.Rejection);
        return PublicationRowReader.Read(new SourceRow(row, headers.Select(h => cells.GetValueOrDefault(h)).ToList()), header, File, kind, Unit, Today);
    }
}
