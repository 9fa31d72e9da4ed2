using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Spreadsheet;
using HebeiCredit.Infrastructure.Uploads.Reading;

namespace HebeiCredit.Infrastructure.Tests.Uploads.Reading;

/// <summary>.xlsx through UploadReader: shared and inline strings, numbers, dates as serials, gaps, sheets, bad packages.</summary>
public sealed class XlsxRecordsTests
{
    private static readonly double March2 = new DateTime(2026, 3, 2).ToOADate();

    [Fact]
    public async Task OpenAsync_SharedStringsNumbersAndDateSerials_ArePassedThroughAsStored()
    {
        var bytes = new XlsxBuilder().Sheet("处罚")
            .Row(1, "行政相对人名称", "行政处罚决定书文号", "罚款金额（万元）", "处罚决定日期")
            .Row(2, "石家庄市华北商贸有限公司", "冀石市监罚〔2026〕12号", 0.5, March2)
            .Build();

        var (headers, rows) = await Upload.ReadAsync("处罚.xlsx", bytes);

        Assert.Equal(["行政相对人名称", "行政处罚决定书文号", "罚款金额（万元）", "处罚决定日期"], headers);
        Assert.Equal(["石家庄市华北商贸有限公司", "冀石市监罚〔2026〕12号", "0.5", "46083"], rows.Single().Cells);
        Assert.Equal(2, rows.Single().Row);
    }

    [Fact]
    public async Task OpenAsync_InlineStringsAndBooleans_AreRead()
    {
        var bytes = new XlsxBuilder().Sheet("Sheet1")
            .Row(1, new XlsxBuilder.Inline("处罚机关"), "当前状态")
            .Row(2, new XlsxBuilder.Inline("唐山市应急管理局"), new XlsxBuilder.Raw(r => new Cell { CellReference = r, DataType = CellValues.Boolean, CellValue = new CellValue("1") }))
            .Build();

        var (headers, rows) = await Upload.ReadAsync("a.xlsx", bytes);

        Assert.Equal(["处罚机关", "当前状态"], headers);
        Assert.Equal(["唐山市应急管理局", "TRUE"], rows.Single().Cells);
    }

    [Fact]
    public async Task OpenAsync_GapsInRowsAndCells_KeepTheSheetsRowNumbersAndColumns()
    {
        var bytes = new XlsxBuilder().Sheet("Sheet1")
            .Row(1, "a", "b", "c")
            .Row(2, "1", null, "3")
            .Row(5, null, "2")
            .Row(9, "x", "y", "z", "extra")
            .Build();

        var (_, rows) = await Upload.ReadAsync("a.xlsx", bytes);

        Assert.Equal([2, 5, 9], rows.Select(r => r.Row));
        Assert.Equal(["1", null, "3"], rows[0].Cells);
        Assert.Equal([null, "2"], rows[1].Cells);
        Assert.Equal(4, rows[2].Cells.Count);
    }

    [Fact]
    public async Task OpenAsync_EmptyRowsWithFormattingOnly_AreSkipped()
    {
        var bytes = new XlsxBuilder().Sheet("Sheet1")
            .Row(1, "a", "b")
            .Row(2, new XlsxBuilder.Raw(r => new Cell { CellReference = r, StyleIndex = 1 }), new XlsxBuilder.Raw(r => new Cell { CellReference = r, StyleIndex = 1 }))
            .Row(3, "1", "2", new XlsxBuilder.Raw(r => new Cell { CellReference = r, StyleIndex = 1 }))
            .Build();

        var (_, rows) = await Upload.ReadAsync("a.xlsx", bytes);

        Assert.Equal(["1", "2"], rows.Single().Cells);
        Assert.Equal(3, rows.Single().Row);
    }

    [Fact]
    public async Task OpenAsync_NamedSheet_ReadsThatSheet()
    {
        var bytes = new XlsxBuilder()
            .Sheet("说明").Row(1, "本表为行政处罚信息")
            .Sheet("数据").Row(1, "处罚机关").Row(2, "保定市生态环境局")
            .Build();

        var (headers, rows) = await Upload.ReadAsync("a.xlsx", bytes, new UploadReadOptions { SheetName = "数据" });

        Assert.Equal(["处罚机关"], headers);
        Assert.Equal("保定市生态环境局", rows.Single().Cells[0]);
    }

    [Fact]
    public async Task OpenAsync_NoSheetName_ReadsTheFirstSheet()
    {
        var bytes = new XlsxBuilder().Sheet("说明").Row(1, "本表为行政处罚信息").Sheet("数据").Row(1, "处罚机关").Build();

        var (headers, _) = await Upload.ReadAsync("a.xlsx", bytes);

        Assert.Equal(["本表为行政处罚信息"], headers);
    }

    [Fact]
    public async Task OpenAsync_UnknownSheetName_ListsTheSheets()
    {
        var bytes = new XlsxBuilder().Sheet("说明").Row(1, "x").Sheet("数据").Row(1, "y").Build();

        var error = await Upload.FailAsync("a.xlsx", bytes, new UploadReadOptions { SheetName = "处罚" });

        Assert.Equal("文件“a.xlsx”中找不到名为“处罚”的工作表；现有工作表：“说明”、“数据”。", error.Message);
    }

    [Fact]
    public async Task OpenAsync_ConsecutiveRows_NoneIsSkipped()
    {
        var builder = new XlsxBuilder().Sheet("Sheet1").Row(1, "n");
        for (uint i = 2; i <= 500; i++)
        {
            builder.Row(i, (double)i);
        }

        var (_, rows) = await Upload.ReadAsync("a.xlsx", builder.Build());

        Assert.Equal(Enumerable.Range(2, 499), rows.Select(r => r.Row));
        Assert.All(rows, r => Assert.Equal(r.Row.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Cells[0]));
    }

    [Fact]
    public async Task OpenAsync_NotAZip_SaysItIsNotAValidExcelFile()
    {
        var error = await Upload.FailAsync("x.xlsx", Encoding.UTF8.GetBytes("行政相对人名称,处罚机关\n"));

        Assert.Equal("文件“x.xlsx”不是有效的 Excel 文件（.xlsx）：无法作为 zip 压缩包打开（文件可能被截断、是旧的 .xls 格式，或只是改了扩展名）。", error.Message);
    }

    [Fact]
    public async Task OpenAsync_Truncated_SaysItIsNotAValidExcelFile()
    {
        var bytes = new XlsxBuilder().Sheet("Sheet1").Row(1, "a").Row(2, "b").Build();

        var error = await Upload.FailAsync("x.xlsx", bytes[..(bytes.Length / 2)]);

        Assert.Equal("文件“x.xlsx”不是有效的 Excel 文件（.xlsx）：无法作为 zip 压缩包打开（文件可能被截断、是旧的 .xls 格式，或只是改了扩展名）。", error.Message);
    }

    [Fact]
    public async Task OpenAsync_ZipSignatureOnlyFromABlobLikeStream_SaysItIsNotAValidExcelFile()
    {
        // Regression: six bytes through a real blob stream made ZipArchive seek before the start, and the blob stream
        // threw an ArgumentException that escaped unhandled (AuditUploadTests.Run_MalformedXlsx_… covers the blob
        // stream itself); any stream that is not a file or memory is now spooled first.
        var error = await Upload.FailAsync("x.xlsx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]);

        Assert.Equal("文件“x.xlsx”不是有效的 Excel 文件（.xlsx）：无法作为 zip 压缩包打开（文件可能被截断、是旧的 .xls 格式，或只是改了扩展名）。", error.Message);
    }

    [Fact]
    public async Task OpenAsync_Empty_SaysItIsEmpty()
    {
        var error = await Upload.FailAsync("x.xlsx", []);

        Assert.Equal("文件“x.xlsx”不是有效的 Excel 文件（.xlsx）：文件是空的（0 字节）。", error.Message);
    }

    [Fact]
    public async Task OpenAsync_ZipWithoutWorkbook_SaysItIsNotAValidExcelFile()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("不是工作簿");
        }

        var error = await Upload.FailAsync("x.xlsx", memory.ToArray());

        Assert.StartsWith("文件“x.xlsx”不是有效的 Excel 文件（.xlsx）：", error.Message);
    }

    [Fact]
    public async Task OpenAsync_SheetWithoutRows_SaysThereIsNoHeader()
    {
        var error = await Upload.FailAsync("x.xlsx", new XlsxBuilder().Sheet("Sheet1").Build());

        Assert.Equal("文件“x.xlsx”没有表头行：文件是空的，或只有空行。", error.Message);
    }

    [Fact]
    public async Task OpenAsync_ExpandsPastTheLimit_IsRejectedBeforeInflating()
    {
        var builder = new XlsxBuilder().Sheet("Sheet1").Row(1, "a");
        for (uint i = 2; i < 2000; i++)
        {
            builder.Row(i, "同一段重复的文字，压缩后很小");
        }

        var error = await Upload.FailAsync("炸弹.xlsx", builder.Build(), new UploadReadOptions { MaxExpandedBytes = 10_000 });

        Assert.Matches("^文件“炸弹.xlsx”不是有效的 Excel 文件（.xlsx）：解压后共 [0-9,]+ 字节，超过上限 10,000 字节。$", error.Message);
    }

    [Fact]
    public async Task OpenAsync_SeekableStream_IsReadInPlace()
    {
        var bytes = new XlsxBuilder().Sheet("Sheet1").Row(1, "a").Row(2, "b").Build();

        await using var table = await UploadReader.OpenAsync("a.xlsx", new MemoryStream(bytes), null, CancellationToken.None);

        Assert.Equal(["a"], table.Headers);
    }
}
