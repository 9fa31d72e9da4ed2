using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using HebeiCredit.Infrastructure.Notices;

namespace HebeiCredit.Infrastructure.Tests.Notices;

public sealed class NoticeDocumentTests
{
    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    [Fact]
    public void Write_Notice_PassesTheOpenXmlValidator()
    {
        using var document = Open(NoticeDocument.Write(NoticeSamples.Model()));

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}");

        var report = string.Join("\n", errors);
        Assert.True(report.Length == 0, report);
    }

    [Fact]
    public void Write_Notice_IsA4WithTheMarginsAndFontsOfGbT9704()
    {
        using var document = Open(NoticeDocument.Write(NoticeSamples.Model()));
        var body = document.MainDocumentPart!.Document!.Body!;

        var section = body.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        Assert.Equal((2098, 1984, 1588u, 1474u), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));

        var title = body.Elements<Paragraph>().First();
        Assert.Equal("关于2026年11月全省信用网站和“双公示”工作督导情况的通报", title.InnerText);
        Assert.Equal("方正小标宋_GBK", title.Descendants<RunFonts>().Single().EastAsia!.Value);
        var addressees = body.Elements<Paragraph>().ElementAt(2);
        Assert.Equal("各设区市、定州市、辛集市、雄安新区信用办，各县级市信用办：", addressees.InnerText);
        Assert.Equal("仿宋_GB2312", addressees.Descendants<RunFonts>().Single().EastAsia!.Value);

        var fonts = document.MainDocumentPart.FontTablePart!.Fonts!.Elements<Font>().ToDictionary(f => f.Name!.Value!, f => f.GetFirstChild<AltName>()!.Val!.Value);
        Assert.Equal("仿宋", fonts["仿宋_GB2312"]);
        Assert.Equal("方正小标宋简体", fonts["方正小标宋_GBK"]);
    }

    [Fact]
    public void Write_Notice_NumbersPagesInTheFooter()
    {
        using var document = Open(NoticeDocument.Write(NoticeSamples.Model()));

        var footer = document.MainDocumentPart!.FooterParts.Single().Footer!;
        Assert.Equal(" PAGE ", footer.Descendants<FieldCode>().Single().Text);
        Assert.Equal("— 1 —", string.Concat(footer.Descendants<Text>().Select(t => t.Text)));
    }

    [Fact]
    public void Write_Notice_AnnexesOneRectificationListPerUnitWithOpenFindings()
    {
        var model = NoticeSamples.Model();
        using var document = Open(NoticeDocument.Write(model));
        var texts = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();

        Assert.Contains("附件：1．石家庄市整改清单；2．唐山市整改清单；3．邯郸市整改清单", texts);
        Assert.Equal(["石家庄市整改清单", "唐山市整改清单", "邯郸市整改清单"], texts.Where(t => t.EndsWith("整改清单", StringComparison.Ordinal) && !t.StartsWith("附件", StringComparison.Ordinal)));
        Assert.Contains("根据2026年11月督导检查，石家庄市共有未整改问题3个，请于2026年12月7日前逐项整改，并将整改情况报省信用办。", texts);
        Assert.Contains("依据：国办发〔2015〕51号 （十八）自作出行政决定之日起7个工作日内上网公开", texts);
        Assert.Contains("证据：报送台账中的记录；文件：inbox/ledgers/1301/2026-10.csv，第12行，字段“处罚决定日期”", texts);
        Assert.Equal(4, document.MainDocumentPart.Document.Body.Descendants<Break>().Count(b => b.Type?.Value == BreakValues.Page) + 1);
    }
}
