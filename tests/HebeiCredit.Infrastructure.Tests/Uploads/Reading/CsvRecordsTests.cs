using System.Text;

namespace HebeiCredit.Infrastructure.Tests.Uploads.Reading;

/// <summary>Delimited text through UploadReader: encodings, delimiters, quoting, ragged and blank rows.</summary>
public sealed class CsvRecordsTests
{
    private const string Header = "行政相对人名称,行政相对人代码_1(统一社会信用代码),行政处罚决定书文号,罚款金额（万元）,处罚决定日期";
    private const string Line = "石家庄市华北商贸有限公司,91130100MA0C4X2Y3K,冀石市监罚〔2026〕12号,0.5,2026/03/02";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task OpenAsync_Utf8WithOrWithoutBom_ReadsChineseHeaderAndRow(bool bom)
    {
        var (headers, rows) = await Upload.ReadAsync("台账.csv", Upload.Bytes($"{Header}\r\n{Line}\r\n", new UTF8Encoding(false), bom));

        Assert.Equal(["行政相对人名称", "行政相对人代码_1(统一社会信用代码)", "行政处罚决定书文号", "罚款金额（万元）", "处罚决定日期"], headers);
        var row = Assert.Single(rows);
        Assert.Equal(2, row.Row);
        Assert.Equal(["石家庄市华北商贸有限公司", "91130100MA0C4X2Y3K", "冀石市监罚〔2026〕12号", "0.5", "2026/03/02"], row.Cells);
    }

    [Fact]
    public async Task OpenAsync_Gbk_IsDetectedAndDecoded()
    {
        var (headers, rows) = await Upload.ReadAsync("平台导出.csv", Upload.Bytes($"{Header},报送时间\n{Line},2026-03-05 10:21:00\n", Upload.Gbk));

        Assert.Equal("报送时间", headers[^1]);
        Assert.Equal("冀石市监罚〔2026〕12号", rows.Single().Cells[2]);
        Assert.Equal("2026-03-05 10:21:00", rows.Single().Cells[5]);
    }

    [Fact]
    public async Task OpenAsync_Gb18030FourByteCharacter_IsDecoded()
    {
        var gb18030 = Encoding.GetEncoding(54936);

        var (_, rows) = await Upload.ReadAsync("a.csv", Upload.Bytes("行政相对人名称\n𠀀记商行\n", gb18030));

        Assert.Equal("𠀀记商行", rows.Single().Cells[0]);
    }

    [Fact]
    public async Task OpenAsync_Utf16WithBom_IsDecoded()
    {
        var (headers, _) = await Upload.ReadAsync("a.txt", Upload.Bytes($"{Header}\n{Line}\n", Encoding.Unicode, bom: true));

        Assert.Equal("行政相对人名称", headers[0]);
    }

    [Fact]
    public async Task OpenAsync_TabSeparated_SplitsOnTabsNotCommas()
    {
        var text = "行政相对人名称\t处罚内容\t罚款金额（万元）\n某公司\t罚款5000元,没收违法所得\t0.5\n";

        var (headers, rows) = await Upload.ReadAsync("导出.txt", Upload.Bytes(text, Encoding.UTF8));

        Assert.Equal(3, headers.Count);
        Assert.Equal(["某公司", "罚款5000元,没收违法所得", "0.5"], rows.Single().Cells);
    }

    [Fact]
    public async Task OpenAsync_QuotedFieldWithNewlinesAndCommas_IsOneCellAndRowsCountRecords()
    {
        var text = $"{Header}\n\"甲公司\",91130100MA0C4X2Y3K,\"冀罚〔2026〕1号\",\"1,000\",2026-03-01\n"
                   + "乙公司,,\"冀罚〔2026〕2号\n（更正）\",0.2,2026-03-02\n丙公司,,冀罚〔2026〕3号,0.3,2026-03-03\n";

        var (_, rows) = await Upload.ReadAsync("a.csv", Upload.Bytes(text, Encoding.UTF8));

        Assert.Equal([2, 3, 4], rows.Select(r => r.Row));
        Assert.Equal("1,000", rows[0].Cells[3]);
        Assert.Equal("冀罚〔2026〕2号\n（更正）", rows[1].Cells[2]);
        Assert.Null(rows[1].Cells[1]);
        Assert.Equal("丙公司", rows[2].Cells[0]);
    }

    [Fact]
    public async Task OpenAsync_RaggedRows_AreDeliveredWithTheCellsTheyHave()
    {
        var text = "a,b,c\n1,2\n1,2,3,4\n1,2,3\n";

        var (_, rows) = await Upload.ReadAsync("a.csv", Upload.Bytes(text, Encoding.UTF8));

        Assert.Equal([2, 4, 3], rows.Select(r => r.Cells.Count));
        Assert.Equal([2, 3, 4], rows.Select(r => r.Row));
    }

    [Fact]
    public async Task OpenAsync_BlankLines_AreSkippedButKeepTheRowNumbersOfTheFile()
    {
        var text = "a,b\r\n\r\n1,2\r\n,\r\n\r\n3,4\r\n\r\n";

        var (_, rows) = await Upload.ReadAsync("a.csv", Upload.Bytes(text, Encoding.UTF8));

        Assert.Equal([3, 6], rows.Select(r => r.Row));
        Assert.Equal(["3", "4"], rows[1].Cells);
    }

    [Fact]
    public async Task OpenAsync_BlankLinesBeforeTheHeader_HeaderIsTheFirstNonBlankRow()
    {
        await using var table = await Reading(Upload.Bytes("\n\na,b\n1,2\n", Encoding.UTF8));

        Assert.Equal(3, table.HeaderRow);
        Assert.Equal(["a", "b"], table.Headers);
    }

    [Fact]
    public async Task OpenAsync_HeaderWithSpaces_IsTrimmed()
    {
        var (headers, _) = await Upload.ReadAsync("a.csv", Upload.Bytes(" 处罚机关 ,\t数据来源单位\n", Encoding.UTF8));

        Assert.Equal(["处罚机关", "数据来源单位"], headers);
    }

    [Fact]
    public async Task OpenAsync_NoTrailingNewline_ReadsTheLastRow()
    {
        var (_, rows) = await Upload.ReadAsync("a.csv", Upload.Bytes("a,b\n1,2", Encoding.UTF8));

        Assert.Equal(["1", "2"], rows.Single().Cells);
    }

    [Fact]
    public async Task OpenAsync_Utf8CharacterAcrossTheSniffedPrefix_IsStillUtf8()
    {
        // The 64 KB sample ends inside a three-byte character: that is not a reason to fall back to GBK.
        var prefix = new string('x', 64 * 1024 - 10);
        var text = $"a,b\n{prefix},中文\n甲,乙\n";
        var bytes = Upload.Bytes(text, Encoding.UTF8);
        Assert.True(Encoding.UTF8.GetByteCount(text[..(text.IndexOf('中') + 1)]) > 64 * 1024 - 3);

        var (_, rows) = await Upload.ReadAsync("a.csv", bytes);

        Assert.Equal(["甲", "乙"], rows[1].Cells);
    }

    [Fact]
    public async Task OpenAsync_GbkBytesAfterUtf8Start_GivesTheMixedEncodingMessage()
    {
        var utf8 = Upload.Bytes("行政相对人名称,处罚机关\n" + string.Concat(Enumerable.Repeat("某公司,石家庄市市场监督管理局\n", 4000)), Encoding.UTF8);
        byte[] bytes = [.. utf8, .. Upload.Gbk.GetBytes("某公司,石家庄市市场监督管理局\n")];

        var error = await Upload.FailAsync("混合.csv", bytes);

        // The row named is the last one read before the decoder met the GBK bytes; it depends on buffer sizes.
        var match = System.Text.RegularExpressions.Regex.Match(
            error.Message, "^文件“混合.csv”第 (?<row>[0-9]+) 行之后有不能按 UTF-8 解码的字节：文件可能混用了多种编码，请整体另存为 UTF-8 或 GBK 后重新上传。$");
        Assert.True(match.Success, error.Message);
        Assert.InRange(int.Parse(match.Groups["row"].Value), 1, 4001);
    }

    [Fact]
    public async Task OpenAsync_EmptyFile_SaysItIsEmpty()
    {
        var error = await Upload.FailAsync("空.csv", []);

        Assert.Equal("文件“空.csv”是空的（0 字节）。", error.Message);
    }

    [Fact]
    public async Task OpenAsync_OnlyBlankLines_SaysThereIsNoHeader()
    {
        var error = await Upload.FailAsync("空行.csv", Upload.Bytes("\r\n\r\n,,\r\n", Encoding.UTF8));

        Assert.Equal("文件“空行.csv”没有表头行：文件是空的，或只有空行。", error.Message);
    }

    [Fact]
    public async Task OpenAsync_UnclosedQuote_KeepsTheRestAsOneCellWithoutCrashing()
    {
        var (_, rows) = await Upload.ReadAsync("a.csv", Upload.Bytes("a,b\n1,\"2\n3,4\n", Encoding.UTF8));

        Assert.Equal(2, rows.Single().Row);
        Assert.StartsWith("2", rows.Single().Cells[1]);
    }

    [Fact]
    public async Task OpenAsync_UnclosedQuoteOverARecordLimit_GivesTheOversizedRecordMessage()
    {
        var text = "a,b\n1,2\n3,\"" + string.Concat(Enumerable.Repeat("很长的一段没有闭合引号的文字,\n", 600_000));

        var error = await Upload.FailAsync("引号.csv", Upload.Bytes(text, Encoding.UTF8));

        Assert.Equal("文件“引号.csv”第 3 行起的一条记录超过 16 MB，无法按 CSV 读取：可能有引号没有闭合。", error.Message);
    }

    private static Task<Infrastructure.Uploads.Reading.UploadTable> Reading(byte[] bytes) =>
        Infrastructure.Uploads.Reading.UploadReader.OpenAsync("a.csv", new MemoryStream(bytes), null, CancellationToken.None);
}
