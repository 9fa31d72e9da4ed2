using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using HebeiCredit.Auditing.Notices;
using HebeiCredit.Infrastructure.Exports;

namespace HebeiCredit.Infrastructure.Notices;

/// <summary>
/// The notice as one .docx, laid out after GB/T 9704《党政机关公文格式》: A4, margins 37/35/28/26 mm, a 22-line grid,
/// 二号小标宋 title, 三号仿宋 body, 黑体/楷体 headings, “— 1 —” page numbers in the footer. The province notice comes
/// first; each unit with open findings gets its 整改清单 as an attachment (附件), on its own page, in the same file, so
/// the office signs and sends one document and every city finds its own list by its name.
/// </summary>
internal static class NoticeDocument
{
    private const int BodySize = 32;      // 三号, 16 pt, in half-points
    private const int TitleSize = 44;     // 二号, 22 pt
    private const int TableSize = 18;     // 小五, 9 pt
    private const int PageNumberSize = 28; // 四号, 14 pt
    private const string LinePitch = "579"; // 22 lines in the 225 mm text height
    private const string FirstLineIndent = "640"; // two characters of 三号

    // Twips, fitting the 156 mm text width; rate columns wide enough for “100.00%” in 小五.
    private static readonly int[] ColumnWidths = [440, 900, 600, 860, 560, 560, 740, 740, 740, 560, 560, 540, 560];

    public static byte[] Write(NoticeModel model)
    {
        using var memory = new MemoryStream();
        using (var document = WordprocessingDocument.Create(memory, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            AddStyles(main);
            AddFontTable(main);
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = PageNumberFooter();
            var body = new Body();
            main.Document = new Document(body);

            WriteNotice(body, model);
            var annexed = model.Units.Where(u => u.Rectification.Count > 0).OrderBy(u => u.Unit, StringComparer.Ordinal).ToList();
            for (var i = 0; i < annexed.Count; i++)
            {
                WriteRectification(body, annexed[i], i + 1, model);
            }

            body.Append(Section(main.GetIdOfPart(footer)));
            main.Document.Save();
        }

        return memory.ToArray();
    }

    private static void WriteNotice(Body body, NoticeModel model)
    {
        body.Append(Title(model.Title));
        body.Append(Blank());
        body.Append(Paragraph(model.Addressees, indent: false));
        body.Append(Paragraph(model.Opening));

        body.Append(Heading("一、总体情况"));
        foreach (var line in model.Situation)
        {
            body.Append(Paragraph(line));
        }

        body.Append(Heading("二、各单位情况"));
        body.Append(Paragraph("各单位检查情况见下表（按得分排名；“—”表示本期无相应数据）。"));
        body.Append(UnitTable(model));

        body.Append(Heading("三、排名情况"));
        body.Append(Paragraph(model.RankingMethod));
        body.Append(Paragraph(NoticeText.Ranking(model)));

        body.Append(Heading("四、典型问题"));
        if (model.TypicalProblems.Count == 0)
        {
            body.Append(Paragraph("本期未发现问题。"));
        }

        for (var i = 0; i < model.TypicalProblems.Count; i++)
        {
            var problem = model.TypicalProblems[i];
            body.Append(SubHeadingParagraph($"（{NoticeText.ChineseNumber(i + 1)}）{problem.RuleName}。", NoticeText.Typical(problem)));
        }

        body.Append(Heading("五、整改要求"));
        body.Append(Paragraph(model.Demand));

        body.Append(Heading("六、复核情况"));
        body.Append(Paragraph(model.ReInspectionText));

        body.Append(Blank());
        var annexed = model.Units.Where(u => u.Rectification.Count > 0).OrderBy(u => u.Unit, StringComparer.Ordinal).ToList();
        if (annexed.Count > 0)
        {
            body.Append(Paragraph($"附件：{string.Join("；", annexed.Select((u, i) => $"{i + 1}．{u.Name}整改清单"))}"));
            body.Append(Blank());
        }

        body.Append(Paragraph(model.Issuer, indent: false, justification: JustificationValues.Right));
        body.Append(Paragraph(NoticeText.Date(model.IssueDate), indent: false, justification: JustificationValues.Right));
    }

    private static void WriteRectification(Body body, NoticeUnit unit, int number, NoticeModel model)
    {
        body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
        body.Append(Paragraph($"附件{number}", indent: false, font: NoticeFonts.Heading));
        body.Append(Title($"{unit.Name}整改清单"));
        body.Append(Paragraph(NoticeText.RectificationIntro(unit, model)));
        for (var i = 0; i < unit.Rectification.Count; i++)
        {
            var item = unit.Rectification[i];
            body.Append(SubHeadingParagraph($"{i + 1}．【{item.RuleId}】{item.RuleName}：", item.Summary));
            // Left-aligned: justifying a line with a long URL or file name would stretch its Chinese apart.
            foreach (var line in NoticeText.ItemLines(item))
            {
                body.Append(Paragraph(line, justification: JustificationValues.Left));
            }
        }
    }

    private static Table UnitTable(NoticeModel model)
    {
        var table = new Table(new TableProperties(
            new TableWidth { Width = ColumnWidths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableJustification { Val = TableRowAlignmentValues.Center },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TopMargin { Width = "20", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 40, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "20", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 40, Type = TableWidthValues.Dxa })));
        table.Append(new TableGrid(ColumnWidths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        table.Append(TableRow(NoticeText.TableHeader, header: true));
        foreach (var unit in model.Units)
        {
            table.Append(TableRow(NoticeText.TableCells(unit), header: false));
        }

        return table;
    }

    private static TableRow TableRow(IReadOnlyList<string> cells, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        for (var i = 0; i < cells.Count; i++)
        {
            var text = cells[i];
            var paragraph = new Paragraph(
                new ParagraphProperties(
                    new SnapToGrid { Val = false },
                    new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto, Before = "0", After = "0" },
                    new Justification { Val = JustificationValues.Center }),
                TextRun(text, header ? NoticeFonts.Heading : NoticeFonts.Body, TableSize));
            row.Append(new TableCell(
                new TableCellProperties(
                    new TableCellWidth { Width = ColumnWidths[i].ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                    new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }),
                paragraph));
        }

        return row;
    }

    private static Paragraph Title(string text) => new(
        new ParagraphProperties(
            new SpacingBetweenLines { Line = "700", LineRule = LineSpacingRuleValues.Exact },
            new Justification { Val = JustificationValues.Center }),
        TextRun(text, NoticeFonts.Title, TitleSize));

    private static Paragraph Heading(string text) => Paragraph(text, font: NoticeFonts.Heading);

    /// <summary>A 楷体 lead-in followed by 仿宋 text in the same paragraph, as 公文 second-level headings run on.</summary>
    private static Paragraph SubHeadingParagraph(string lead, string text)
    {
        var paragraph = Paragraph(lead, font: NoticeFonts.SubHeading);
        paragraph.Append(TextRun(text, NoticeFonts.Body, BodySize));
        return paragraph;
    }

    private static Paragraph Blank() => Paragraph(string.Empty, indent: false);

    private static Paragraph Paragraph(string text, bool indent = true, string font = NoticeFonts.Body, JustificationValues? justification = null)
    {
        var properties = new ParagraphProperties(
            new SpacingBetweenLines { Line = LinePitch, LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" },
            new Indentation { FirstLine = indent ? FirstLineIndent : "0" },
            new Justification { Val = justification ?? JustificationValues.Both });
        return text.Length == 0 ? new Paragraph(properties) : new Paragraph(properties, TextRun(text, font, BodySize));
    }

    private static Run TextRun(string text, string font, int size) => new(
        new RunProperties(
            new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font },
            new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) },
            new FontSizeComplexScript { Val = size.ToString(CultureInfo.InvariantCulture) }),
        new Text(XmlText.Safe(text)) { Space = SpaceProcessingModeValues.Preserve });

    private static Footer PageNumberFooter()
    {
        Run Plain(string text) => TextRun(text, NoticeFonts.PageNumber, PageNumberSize);
        Run Field(OpenXmlElement element)
        {
            var run = Plain(string.Empty);
            run.RemoveAllChildren<Text>();
            run.Append(element);
            return run;
        }

        return new Footer(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            Plain("— "),
            Field(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            Field(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            Field(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            Plain("1"),
            Field(new FieldChar { FieldCharType = FieldCharValues.End }),
            Plain(" —")));
    }

    private static SectionProperties Section(string footerId) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
        new PageSize { Width = 11906, Height = 16838 },
        new PageMargin { Top = 2098, Bottom = 1984, Left = 1588, Right = 1474, Header = 851, Footer = 992, Gutter = 0 },
        new DocGrid { Type = DocGridValues.Lines, LinePitch = 579 });

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = NoticeFonts.Body, HighAnsi = NoticeFonts.Body, EastAsia = NoticeFonts.Body, ComplexScript = NoticeFonts.Body },
                    new FontSize { Val = BodySize.ToString(CultureInfo.InvariantCulture) },
                    new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0" }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
        styles.Styles.Save();
    }

    private static void AddFontTable(MainDocumentPart main)
    {
        static Font Font(string name, string fallback, FontFamilyValues family) => new(
            new AltName { Val = fallback },
            new FontCharSet { Val = "86" },
            new FontFamily { Val = family },
            new Pitch { Val = FontPitchValues.Variable }) { Name = name };

        var fonts = main.AddNewPart<FontTablePart>();
        fonts.Fonts = new Fonts(
            Font(NoticeFonts.Title, NoticeFonts.TitleFallback, FontFamilyValues.Roman),
            Font(NoticeFonts.Body, NoticeFonts.BodyFallback, FontFamilyValues.Modern),
            Font(NoticeFonts.Heading, NoticeFonts.HeadingFallback, FontFamilyValues.Modern),
            Font(NoticeFonts.SubHeading, NoticeFonts.SubHeadingFallback, FontFamilyValues.Modern),
            Font(NoticeFonts.PageNumber, NoticeFonts.PageNumberFallback, FontFamilyValues.Auto));
        fonts.Fonts.Save();
    }
}
