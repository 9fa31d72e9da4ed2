using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using HebeiCredit.Infrastructure.Notices;

namespace HebeiCredit.Infrastructure.Tests.Notices;

public sealed class NoticeWorkbookTests
{
    private static SpreadsheetDocument Open() => SpreadsheetDocument.Open(new MemoryStream(NoticeWorkbook.Write(NoticeSamples.Model())), false);

    private static List<List<string>> Rows(SpreadsheetDocument document, string sheetName)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        return part.Worksheet!.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();
    }

    [Fact]
    public void Write_Notice_PassesTheOpenXmlValidator()
    {
        using var document = Open();

        var report = string.Join("\n", new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        Assert.True(report.Length == 0, report);
    }

    [Fact]
    public void Write_Notice_SummarySheetThenOneFilterableSheetPerRule()
    {
        using var document = Open();

        var names = document.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["各单位情况", "PUB-INVALID-CODE", "PUB-LATE", "WEB-COLUMN-MISSING", "WEB-COLUMN-STALE", "WEB-UNREACHABLE"], names);
        Assert.All(document.WorkbookPart.WorksheetParts, part => Assert.NotNull(part.Worksheet!.GetFirstChild<AutoFilter>()));
        var late = Rows(document, "PUB-LATE");
        Assert.Equal(NoticeWorkbook.Columns, late[0]);
        Assert.Equal(["1301", "石家庄市", "PUB-LATE", "迟报", "未整改", "行政处罚决定书石市监罚〔2026〕101号迟报"], late[1].Take(6));
        Assert.Equal("inbox/ledgers/1301/2026-10.csv", late[1][11]);
        Assert.Equal("12", late[1][12]);
        Assert.Equal("2026-12-07", late[1][15]);
        Assert.Equal(["2", "邯郸市", "99.0"], Rows(document, "各单位情况")[2].Take(3));
    }

    [Fact]
    public void Write_CrawledFormula_IsNeutralised()
    {
        using var document = Open();

        var cell = Rows(document, "PUB-INVALID-CODE")[1][5];
        Assert.Equal("'" + NoticeSamples.InjectedFormula, cell);
        Assert.Empty(document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet!.Descendants<CellFormula>()));
    }
}
