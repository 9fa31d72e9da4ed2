using System.Net;
using System.Text;
using HebeiCredit.Auditing.Notices;

namespace HebeiCredit.Infrastructure.Notices;

/// <summary>
/// The notice as one self-contained HTML page (inline CSS and SVG, no script, nothing fetched): readable on a phone
/// (the table scrolls sideways, charts scale), printable (each 整改清单 starts a page). Every string is HTML-encoded
/// and only http(s) evidence addresses become links, so a crawled page title cannot inject markup.
/// </summary>
internal static class NoticePage
{
    private const string Style = $$"""
        body { margin: 0; background: #f4f1ea; color: #222; font-family: {{NoticeFonts.BodyStack}}; font-size: 17px; line-height: 1.75; }
        main { max-width: 52rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; background: #fff; }
        h1 { font-family: {{NoticeFonts.TitleStack}}; font-size: 1.6rem; font-weight: normal; text-align: center; color: #b3261e; line-height: 1.5; margin: .5rem 0 0; }
        .rule { border: 0; border-top: 2px solid #b3261e; margin: .8rem 0 1.2rem; }
        .meta { text-align: center; color: #555; margin: 0; }
        h2, h3 { font-family: {{NoticeFonts.HeadingStack}}; font-weight: normal; }
        h2 { font-size: 1.15rem; margin: 1.6rem 0 .4rem; }
        h3 { font-size: 1.05rem; margin: 1.2rem 0 .3rem; }
        p { margin: .3rem 0; text-indent: 2em; }
        p.flush { text-indent: 0; }
        p.note { text-indent: 0; color: #555; font-size: .9rem; }
        .scroll { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; font-size: .85rem; line-height: 1.4; }
        th, td { border: 1px solid #999; padding: .25rem .35rem; text-align: center; white-space: nowrap; }
        th { white-space: normal; min-width: 3em; background: #f1e7e5; font-family: {{NoticeFonts.HeadingStack}}; font-weight: normal; }
        figure { margin: 1rem 0; }
        svg { width: 100%; height: auto; font-family: {{NoticeFonts.HeadingStack}}; }
        ol.items > li { margin: .6rem 0; }
        ol.items ul { margin: .2rem 0; padding-left: 1.2rem; font-size: .92rem; }
        a { color: #0b57d0; word-break: break-all; }
        .signature { text-align: right; text-indent: 0; }
        @media (max-width: 40rem) { body { font-size: 16px; } main { padding: 1rem .6rem; } h1 { font-size: 1.3rem; } }
        @media print { body { background: #fff; } main { max-width: none; padding: 0; } section.annex { break-before: page; } a { color: inherit; } }
        """;

    public static string Write(NoticeModel model)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(model.Title)).Append("</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n<main>\n");
        html.Append("<h1>").Append(Encode(model.Title)).Append("</h1>\n");
        html.Append("<p class=\"meta\">").Append(Encode($"{model.Issuer}　{NoticeText.Date(model.IssueDate)}")).Append("</p>\n<hr class=\"rule\">\n");
        Paragraph(html, model.Addressees, "flush");
        Paragraph(html, model.Opening);

        Heading(html, "一、总体情况");
        foreach (var line in model.Situation)
        {
            Paragraph(html, line);
        }

        Paragraph(html, "网站可用率图只列出本期有探测记录的单位，迟报率图只列出有“双公示”报送数据的单位。", "note");
        html.Append("<figure>").Append(NoticeCharts.Bars("各单位网站可用率", model.Units.Where(u => u.Probes > 0).Select(u => (u.Name, u.AvailabilityRate)).ToList(), "#1f6f3f")).Append("</figure>\n");
        html.Append("<figure>").Append(NoticeCharts.Bars("各单位迟报率", model.Units.Where(u => u.LateRate is not null).Select(u => (u.Name, u.LateRate)).ToList(), "#b3261e")).Append("</figure>\n");
        html.Append("<figure>").Append(NoticeCharts.Trend("近期趋势", model.Trend)).Append("</figure>\n");

        Heading(html, "二、各单位情况");
        html.Append("<div class=\"scroll\"><table>\n<thead><tr>");
        foreach (var header in NoticeText.TableHeader)
        {
            html.Append("<th>").Append(Encode(header)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var unit in model.Units)
        {
            html.Append("<tr>");
            foreach (var cell in NoticeText.TableCells(unit))
            {
                html.Append("<td>").Append(Encode(cell)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody></table></div>\n");

        Heading(html, "三、排名情况");
        Paragraph(html, model.RankingMethod);
        Paragraph(html, NoticeText.Ranking(model));

        Heading(html, "四、典型问题");
        for (var i = 0; i < model.TypicalProblems.Count; i++)
        {
            var problem = model.TypicalProblems[i];
            Paragraph(html, $"（{NoticeText.ChineseNumber(i + 1)}）{problem.RuleName}。{NoticeText.Typical(problem)}");
        }

        Heading(html, "五、整改要求");
        Paragraph(html, model.Demand);
        Heading(html, "六、复核情况");
        Paragraph(html, model.ReInspectionText);
        html.Append("<p class=\"signature\">").Append(Encode(model.Issuer)).Append("<br>").Append(Encode(NoticeText.Date(model.IssueDate))).Append("</p>\n");

        var annexed = model.Units.Where(u => u.Rectification.Count > 0).OrderBy(u => u.Unit, StringComparer.Ordinal).ToList();
        for (var i = 0; i < annexed.Count; i++)
        {
            Rectification(html, annexed[i], i + 1, model);
        }

        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    private static void Rectification(StringBuilder html, NoticeUnit unit, int number, NoticeModel model)
    {
        html.Append("<section class=\"annex\" id=\"unit-").Append(Encode(unit.Unit)).Append("\">\n");
        html.Append("<h2>").Append(Encode($"附件{number}　{unit.Name}整改清单")).Append("</h2>\n");
        Paragraph(html, NoticeText.RectificationIntro(unit, model));
        html.Append("<ol class=\"items\">\n");
        foreach (var item in unit.Rectification)
        {
            html.Append("<li><strong>").Append(Encode($"【{item.RuleId}】{item.RuleName}：{item.Summary}")).Append("</strong>\n<ul>\n");
            foreach (var line in NoticeText.ItemLines(item))
            {
                html.Append("<li>").Append(Encode(line)).Append("</li>\n");
            }

            foreach (var link in item.Evidence.Select(e => e.Url).OfType<Uri>().Where(IsWebAddress).Distinct())
            {
                html.Append("<li>打开页面：<a href=\"").Append(Encode(link.AbsoluteUri)).Append("\" rel=\"noopener noreferrer nofollow\">")
                    .Append(Encode(link.AbsoluteUri)).Append("</a></li>\n");
            }

            html.Append("</ul></li>\n");
        }

        html.Append("</ol>\n</section>\n");
    }

    private static bool IsWebAddress(Uri url) => url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    private static void Heading(StringBuilder html, string text) => html.Append("<h2>").Append(Encode(text)).Append("</h2>\n");

    private static void Paragraph(StringBuilder html, string text, string? css = null) =>
        html.Append(css is null ? "<p>" : $"<p class=\"{css}\">").Append(Encode(text)).Append("</p>\n");

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
