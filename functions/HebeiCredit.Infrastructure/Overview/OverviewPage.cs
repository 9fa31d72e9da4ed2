using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using HebeiCredit.Auditing.Notices;
using HebeiCredit.Auditing.Time;
using HebeiCredit.Infrastructure.Notices;

namespace HebeiCredit.Infrastructure.Overview;

/// <summary>
/// index.html of the overview site: every period, newest first, with its province-wide files and each unit's files.
/// Self-contained (no external assets), readable on a phone, every string from storage HTML-encoded and every link
/// percent-encoded per segment.
/// </summary>
internal static partial class OverviewPage
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private const string NoticePageFile = NoticeService.FileStem + ".html";

    private const string Style = """
        :root{color-scheme:light;font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;line-height:1.6}
        body{margin:0;background:#f5f5f5;color:#222}
        header{background:#b71c1c;color:#fff;padding:1rem}
        header h1{margin:0;font-size:1.3rem}
        header p{margin:.25rem 0 0;font-size:.85rem;opacity:.9}
        main{max-width:60rem;margin:0 auto;padding:.75rem}
        section{background:#fff;border-radius:.5rem;padding:.75rem 1rem;margin:0 0 1rem;box-shadow:0 1px 2px rgba(0,0,0,.1)}
        h2{font-size:1.15rem;margin:.25rem 0 .5rem}
        h3{font-size:1rem;margin:.75rem 0 .25rem;color:#555}
        ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.5rem}
        ul li a{display:inline-block;padding:.4rem .7rem;border:1px solid #b71c1c;border-radius:.35rem;color:#b71c1c;text-decoration:none;word-break:break-all}
        ul li a:hover,ul li a:focus{background:#b71c1c;color:#fff}
        .kind{font-size:.75rem;color:#777;margin-left:.25rem}
        .unit{margin:.5rem 0;padding:.5rem 0;border-top:1px solid #eee}
        .empty{color:#777}
        ol.ranking{margin:0;padding:0;list-style:none}
        ol.ranking li{margin:.2rem 0}
        ol.ranking a{color:#b71c1c}
        @media (max-width:30rem){ul li,ul li a{width:100%;box-sizing:border-box}}
        @media print{header{background:none;color:#000}section{box-shadow:none}}
        """;

    /// <param name="rankings">Per period, the units its notice.json ranks; each links to its part of notice.html.</param>
    public static string Render(
        IReadOnlyList<OverviewFile> files,
        IReadOnlyDictionary<string, string> unitNames,
        IReadOnlyDictionary<string, IReadOnlyList<NoticeUnit>> rankings,
        DateTimeOffset builtAt)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>河北省社会信用体系建设督导通报</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n")
            .Append("<header><h1>河北省社会信用体系建设督导通报</h1><p>")
            .Append(Text(string.Create(CultureInfo.InvariantCulture, $"共 {files.Select(f => f.Period).Distinct().Count()} 期，更新于 {builtAt.ToOffset(ChinaTime.Offset):yyyy-MM-dd HH:mm}（北京时间）")))
            .Append("</p></header>\n<main>\n");

        var periods = files.GroupBy(f => f.Period, StringComparer.Ordinal)
            .OrderByDescending(p => p.Max(f => f.LastModified))
            .ThenByDescending(p => p.Key, StringComparer.Ordinal)
            .ToList();
        if (periods.Count == 0)
        {
            html.Append("<section><p class=\"empty\">尚未生成任何通报。</p></section>\n");
        }

        foreach (var period in periods)
        {
            html.Append("<section id=\"").Append(Html.Encode("period-" + period.Key)).Append("\">\n<h2>")
                .Append(Text(PeriodTitle(period.Key))).Append("</h2>\n");
            var province = period.Where(f => f.Unit is null).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
            if (province.Count > 0)
            {
                html.Append("<h3>全省督导通报</h3>\n");
                Links(html, province);
            }

            if (rankings.TryGetValue(period.Key, out var ranked) && ranked.Count > 0)
            {
                Ranking(html, period.Key, ranked, period.Any(f => f.Path == NoticePageFile));
            }

            var units = period.Where(f => f.Unit is not null).GroupBy(f => f.Unit!, StringComparer.Ordinal).OrderBy(u => u.Key, StringComparer.Ordinal).ToList();
            if (units.Count > 0)
            {
                html.Append("<h3>各单位整改清单</h3>\n");
            }

            foreach (var unit in units)
            {
                var name = unitNames.TryGetValue(unit.Key, out var known) ? $"{known}（{unit.Key}）" : unit.Key;
                html.Append("<div class=\"unit\"><strong>").Append(Text(name)).Append("</strong>\n");
                Links(html, unit.OrderBy(f => f.Path, StringComparer.Ordinal));
                html.Append("</div>\n");
            }

            html.Append("</section>\n");
        }

        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    private static void Ranking(StringBuilder html, string period, IReadOnlyList<NoticeUnit> units, bool linked)
    {
        html.Append("<h3>各单位排名与整改清单</h3>\n<ol class=\"ranking\">\n");
        foreach (var unit in units.OrderBy(u => u.Rank))
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"第{unit.Rank}名 {unit.Name}（{unit.Unit}）：未整改 {unit.OpenFindings} 项，其中已报告整改待确认 {unit.ReportedFindings} 项");
            html.Append("<li>");
            if (linked)
            {
                html.Append("<a href=\"").Append(Html.Encode(Href($"{OverviewService.WebFolder}/{period}/{NoticePageFile}") + "#" + Uri.EscapeDataString("unit-" + unit.Unit))).Append("\">")
                    .Append(Text(text)).Append("</a>");
            }
            else
            {
                html.Append(Text(text));
            }

            html.Append("</li>\n");
        }

        html.Append("</ol>\n");
    }

    /// <summary>"2026-11" is a monthly notice (2026年11月); any other id an ad-hoc one.</summary>
    public static string PeriodTitle(string period) =>
        MonthId().Match(period) is { Success: true } month
            ? $"{month.Groups[1].Value}年{int.Parse(month.Groups[2].Value, CultureInfo.InvariantCulture)}月"
            : $"专项（{period}）";

    public static string Href(string webPath) => string.Join('/', webPath.Split('/').Select(Uri.EscapeDataString));

    private static void Links(StringBuilder html, IEnumerable<OverviewFile> files)
    {
        html.Append("<ul>\n");
        foreach (var file in files)
        {
            html.Append("<li><a href=\"").Append(Html.Encode(Href(file.WebPath))).Append("\">")
                .Append(Text(file.FileName)).Append("<span class=\"kind\">")
                .Append(Text($"{Kind(file.FileName)} · {Size(file.Size)}")).Append("</span></a></li>\n");
        }

        html.Append("</ul>\n");
    }

    private static string Kind(string fileName) => System.IO.Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".docx" => "Word",
        ".xlsx" => "Excel",
        ".html" or ".htm" => "网页",
        ".json" => "JSON",
        ".pdf" => "PDF",
        var other => other.TrimStart('.').ToUpperInvariant(),
    };

    private static string Size(long bytes) => bytes < 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes} B")
        : bytes < 1024 * 1024
            ? string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(bytes / 1024.0):0} KB")
            : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.0} MB");

    private static string Text(string text) => Html.Encode(text);

    [GeneratedRegex(@"^(\d{4})-(0[1-9]|1[0-2])$")]
    private static partial Regex MonthId();
}
