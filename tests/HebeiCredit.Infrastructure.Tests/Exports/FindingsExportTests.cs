using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using HebeiCredit.Auditing.Findings;
using HebeiCredit.Infrastructure.Exports;
using HebeiCredit.Infrastructure.Storage;

namespace HebeiCredit.Infrastructure.Tests.Exports;

public sealed class FindingsExportTests
{
    private const string Injected = "=HYPERLINK(\"http://x\")";
    private static readonly DateTimeOffset Seen = new(2026, 3, 20, 1, 30, 0, TimeSpan.Zero);

    private static StoredFinding Stored(string rule, string summary, string subject = "row-2", FindingStatus status = FindingStatus.Open, params Evidence[] evidence) =>
        new(new Finding(rule, "130102", subject, summary, "台账第 2 行的决定未在期限内报送。", new PolicyClause("双公示工作方案", "第三条", "2026"),
            evidence.Length > 0 ? evidence : [new Evidence("台账记录", File: "ledgers-1301.csv", Row: 2, Field: "处罚决定书文号")], Seen),
            status, Seen, Seen.AddDays(1), "run-1", 2);

    private static IReadOnlyList<StoredFinding> Sample() =>
    [
        Stored("PUB-LATE", Injected),
        Stored("PUB-LATE", "迟报 3 个工作日", "row-3", FindingStatus.Reopened,
            new Evidence("台账", File: "a.csv", Row: 3), new Evidence("平台", File: "b.xlsx", Row: 9, Field: "@入库时间")),
        Stored("PUB-MISSING", "+漏报", "row-4"),
        Stored("WEB-COLUMN-MISSING", "“信用修复”栏目缺失", "home", FindingStatus.Open,
            new Evidence("首页", new Uri("https://xyk.example.gov.cn/"), "snapshots/130102/home.html")),
    ];

    private static async Task<byte[]> CsvAsync(IEnumerable<StoredFinding> findings)
    {
        using var memory = new MemoryStream();
        await FindingsExport.WriteCsvAsync(memory, findings);
        return memory.ToArray();
    }

    private static async Task<MemoryStream> XlsxAsync(IEnumerable<StoredFinding> findings)
    {
        var memory = new MemoryStream();
        await FindingsExport.WriteXlsxAsync(memory, findings);
        memory.Position = 0;
        return memory;
    }

    private static string Text(WorkbookPart workbook, Cell cell) =>
        cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText
        : cell.DataType?.Value == CellValues.SharedString ? workbook.SharedStringTablePart!.SharedStringTable.ElementAt(int.Parse(cell.CellValue!.Text)).InnerText
        : throw new InvalidOperationException($"cell {cell.CellReference} is not text");

    [Fact]
    public async Task WriteCsv_StartsWithBomAndChineseHeader()
    {
        var bytes = await CsvAsync(Sample());

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var firstLine = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n")[0];
        Assert.Equal(string.Join(",", FindingsExport.Columns), firstLine);
        Assert.Equal("单位,规则,状态,问题,说明,依据文件,条款,文件,行,字段,网址,证据快照,首次发现,最近发现", firstLine);
    }

    [Fact]
    public async Task WriteCsv_InjectedSummary_IsNeutralised()
    {
        var text = Encoding.UTF8.GetString(await CsvAsync(Sample()));

        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\"", text);
        Assert.Contains(",'+漏报,", text);
        Assert.Contains("'@入库时间", text);
        Assert.DoesNotContain(",=HYPERLINK", text);
        Assert.DoesNotContain(",\"=HYPERLINK", text);
    }

    [Fact]
    public async Task WriteCsv_OneRowPerFinding_EvidenceJoinedAndTimesInChina()
    {
        var lines = Encoding.UTF8.GetString(await CsvAsync(Sample())).TrimEnd().Split("\r\n");

        Assert.Equal(1 + 4, lines.Length);
        Assert.Equal("130102,PUB-LATE,再次出现,迟报 3 个工作日,台账第 2 行的决定未在期限内报送。,双公示工作方案（2026）,第三条,a.csv；b.xlsx,3；9,'@入库时间,,,2026-03-20 09:30,2026-03-21 09:30", lines[2]);
        Assert.Contains(",https://xyk.example.gov.cn/,snapshots/130102/home.html,", lines[4]);
    }

    [Fact]
    public async Task WriteCsv_NoFindings_WritesHeaderOnly()
    {
        var lines = Encoding.UTF8.GetString(await CsvAsync([])).TrimEnd().Split("\r\n");

        Assert.Single(lines);
    }

    [Fact]
    public async Task WriteXlsx_IsValidWithSheetPerRuleAutofilterAndNoFormula()
    {
        using var memory = await XlsxAsync(Sample());
        using var document = SpreadsheetDocument.Open(memory, false);

        Assert.Empty(new OpenXmlValidator().Validate(document));
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["PUB-LATE", "PUB-MISSING", "WEB-COLUMN-MISSING"], sheets.Select(s => s.Name!.Value));
        var texts = new List<string>();
        foreach (var sheet in sheets)
        {
            var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
            Assert.Empty(worksheet.Descendants<CellFormula>());
            Assert.Equal("$A$1:$N$" + worksheet.Descendants<Row>().Count(), worksheet.GetFirstChild<AutoFilter>()?.Reference?.Value);
            var header = worksheet.Descendants<Row>().First().Elements<Cell>().Select(c => Text(workbook, c));
            Assert.Equal(FindingsExport.Columns, header);
            texts.AddRange(worksheet.Descendants<Cell>().Select(c => Text(workbook, c)));
        }

        Assert.Contains("'" + Injected, texts);
        Assert.Contains("'+漏报", texts);
        Assert.Contains("'@入库时间", texts);
        Assert.DoesNotContain(texts, t => t.Length > 0 && SpreadsheetText.Triggers.Contains(t[0]));
        var lateSheet = (WorksheetPart)workbook.GetPartById(sheets[0].Id!);
        Assert.Equal(3, lateSheet.Worksheet.Descendants<Row>().Count());
    }

    [Fact]
    public async Task WriteXlsx_NoFindings_StillOneValidSheetWithHeader()
    {
        using var memory = await XlsxAsync([]);
        using var document = SpreadsheetDocument.Open(memory, false);

        Assert.Empty(new OpenXmlValidator().Validate(document));
        Assert.Single(document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>());
    }

    [Fact]
    public async Task WriteXlsx_ControlCharactersFromAPage_DoNotBreakThePackage()
    {
        using var memory = await XlsxAsync([Stored("WEB-TITLE", "标题\u0001含控制字符")]);
        using var document = SpreadsheetDocument.Open(memory, false);

        Assert.Empty(new OpenXmlValidator().Validate(document));
        Assert.Contains(document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>(), c => c.InnerText == "标题\uFFFD含控制字符");
    }

    [Fact]
    public void SheetName_TooLongOrForbiddenOrRepeated_IsMadeValidAndUnique()
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        Assert.Equal("PUB_LATE", TextWorkbook.SheetName("PUB/LATE", taken));
        Assert.Equal("PUB_LATE~2", TextWorkbook.SheetName("PUB:LATE", taken));
        Assert.Equal(31, TextWorkbook.SheetName(new string('A', 40), taken).Length);
    }
}
