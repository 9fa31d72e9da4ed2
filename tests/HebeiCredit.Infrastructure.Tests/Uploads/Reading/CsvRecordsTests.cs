using System.Text;
using HebeiCredit.Infrastructure.Uploads.Reading;

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
    public async Task OpenAsync_GbkRowsFarPastTheSniffedUtf8Start_NamesTheRowWhereDecodingFailed()
    {
        // 100,000 rows of about 100 bytes: the GBK ones start some 8 MB in, far past the 64 KB the sniffer reads.
        var content = MixedRows(100_000, switchAt: 75_000, Encoding.UTF8, Upload.Gbk);

        var (read, error) = await ReadUntilFailureAsync("混合.csv", content);

        Assert.Equal("文件“混合.csv”第 75001 行有不能按 UTF-8 解码的字节：文件混用了多种编码，请整体另存为 UTF-8 或 GBK 后重新上传。", error.Message);
        Assert.Equal(75_001, error.Row);
        Assert.Equal(74_999, read);
    }

    [Fact]
    public async Task OpenAsync_Utf8RowsFarPastTheSniffedGbkStart_NamesTheRowInsteadOfReadingMojibake()
    {
        var content = MixedRows(100_000, switchAt: 75_000, Upload.Gbk, Encoding.UTF8);

        var (read, error) = await ReadUntilFailureAsync("混合.csv", content);

        Assert.Equal("文件“混合.csv”第 75001 行是 UTF-8 编码，而文件开头是 GB18030（GBK）编码：文件混用了多种编码，请整体另存为 UTF-8 或 GBK 后重新上传。", error.Message);
        Assert.Equal(74_999, read);
    }

    [Fact]
    public async Task OpenAsync_InvalidGbkBytesLater_NamesTheRow()
    {
        var rows = string.Concat(Enumerable.Range(1, 5000).Select(i => $"某公司{i},石家庄市市场监督管理局\n"));
        byte[] bytes = [.. Upload.Gbk.GetBytes("行政相对人名称,处罚机关\n" + rows), 0x81, 0x20, (byte)'\n', .. Upload.Gbk.GetBytes("某公司,某局\n")];

        var error = await Upload.FailAsync("坏字节.csv", bytes);

        Assert.Equal("文件“坏字节.csv”第 5002 行有不能按 GB18030（GBK） 解码的字节：文件混用了多种编码，请整体另存为 UTF-8 或 GBK 后重新上传。", error.Message);
    }

    [Fact]
    public async Task OpenAsync_GbkBytesInsideAQuotedMultiLineCell_NamesTheRecordTheCellBelongsTo()
    {
        // 5,000 plain rows first, so that the sniffer sees only UTF-8; then rows 5002 and 5003 each span two lines.
        var plain = string.Concat(Enumerable.Range(1, 5000).Select(i => $"某公司{i},无\n"));
        byte[] bytes =
        [
            .. Encoding.UTF8.GetBytes("行政相对人名称,处罚事由\n" + plain + "甲公司,\"第一行\n第二行\"\n乙公司,\"第一行\n"),
            .. Upload.Gbk.GetBytes("第二行\"\n"),
            .. Encoding.UTF8.GetBytes("丙公司,无\n"),
        ];

        var error = await Upload.FailAsync("多行.csv", bytes);

        Assert.Equal("文件“多行.csv”第 5003 行有不能按 UTF-8 解码的字节：文件混用了多种编码，请整体另存为 UTF-8 或 GBK 后重新上传。", error.Message);
    }

    [Fact]
    public async Task OpenAsync_GbkRowThatHappensToBeValidUtf8_IsReadAsGbk()
    {
        // 谢叶 and 毛石 in GBK are D0BB D2B6 and C3AB CAAF: valid UTF-8 too (Cyrillic and Latin letters), not Chinese.
        var (_, rows) = await Upload.ReadAsync("姓名.csv", Upload.Bytes("行政相对人名称,法定代表人\n谢叶,毛石\n", Upload.Gbk));

        Assert.Equal(["谢叶", "毛石"], Assert.Single(rows).Cells);
    }

    [Fact]
    public async Task OpenAsync_LargeUtf8FileWithBom_ReadsEveryRow()
    {
        var content = MixedRows(100_000, switchAt: int.MaxValue, Encoding.UTF8, Encoding.UTF8, bom: true);

        await using var table = await UploadReader.OpenAsync("大.csv", content, null, CancellationToken.None);
        var count = 0;
        string? last = null;
        await foreach (var row in table.Rows)
        {
            count++;
            last = row.Cells[0];
        }

        Assert.Equal(["行政相对人名称", "处罚机关", "行政处罚决定书文号"], table.Headers);
        Assert.Equal((100_000, "石家庄市某某商贸有限公司100000"), (count, last));
    }

    /// <summary>A header and <paramref name="rows"/> rows, generated as they are read; rows from <paramref name="switchAt"/> on in <paramref name="later"/>.</summary>
    private static GeneratedStream MixedRows(int rows, int switchAt, Encoding first, Encoding later, bool bom = false) =>
        new(rows + 1, i => i == 0
            ? [.. bom ? first.GetPreamble() : [], .. first.GetBytes("行政相对人名称,处罚机关,行政处罚决定书文号\n")]
            : (i >= switchAt ? later : first).GetBytes($"石家庄市某某商贸有限公司{i},石家庄市市场监督管理局,冀石市监罚〔2026〕{i}号\n"));

    /// <summary>Reads rows until the reader gives up: how many it returned, and why it stopped.</summary>
    private static async Task<(int Read, UploadFormatException Error)> ReadUntilFailureAsync(string file, Stream content)
    {
        var read = 0;
        var error = await Assert.ThrowsAsync<UploadFormatException>(async () =>
        {
            await using var table = await UploadReader.OpenAsync(file, content, null, CancellationToken.None);
            await foreach (var _ in table.Rows)
            {
                read++;
            }
        });
        return (read, error);
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

    [Fact]
    public async Task OpenAsync_OneLineOverTheRecordLimit_GivesTheOversizedRecordMessageWithoutReadingOn()
    {
        var megabyte = Enumerable.Repeat((byte)'x', 1 << 20).ToArray();
        var content = new GeneratedStream(40, i => i == 0 ? Encoding.UTF8.GetBytes("行政相对人名称,处罚机关\n某公司,某局\n") : megabyte);

        var (read, error) = await ReadUntilFailureAsync("一行.csv", content);

        Assert.Equal("文件“一行.csv”第 3 行起的一条记录超过 16 MB，无法按 CSV 读取：可能有引号没有闭合。", error.Message);
        Assert.Equal(1, read);
        Assert.True(content.BytesRead <= (17 << 20), $"read {content.BytesRead} bytes");
    }

    private static Task<Infrastructure.Uploads.Reading.UploadTable> Reading(byte[] bytes) =>
        Infrastructure.Uploads.Reading.UploadReader.OpenAsync("a.csv", new MemoryStream(bytes), null, CancellationToken.None);
}
