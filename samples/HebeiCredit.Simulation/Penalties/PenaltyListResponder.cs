using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HebeiCredit.Auditing.Sites;
using HebeiCredit.Simulation.Portals;
using Microsoft.AspNetCore.Http;

namespace HebeiCredit.Simulation.Penalties;

/// <summary>
/// Serves a simulated portal's 行政处罚 list the way its registry entry says it is read: HTML table pages
/// (/xzcf/index.html, index_1.html… with a 下一页 link, in the portal's encoding), or a list page whose script loads a
/// JSON endpoint, either paged with the records under data.list (properties in pinyin initials) or whole under rows
/// (properties named by the 790号 fields).
/// </summary>
internal sealed partial class PenaltyListResponder(PortalSite site, PenaltyListSettings settings, IReadOnlyList<SimulatedPenalty> penalties)
{
    public const int PageSize = 10;

    public static bool Handles(string path) => path.StartsWith("/xzcf/", StringComparison.Ordinal) || path.StartsWith("/api/xzcf/", StringComparison.Ordinal);

    public SimulatedResponse Respond(string path, IQueryCollection query)
    {
        if (settings.Format == PenaltyListFormat.Json)
        {
            return path switch
            {
                "/xzcf/index.html" => Text("text/html", site.Encoding, Shell()),
                "/api/xzcf/list" when settings.Fields is not null => Text("application/json", Encoding.UTF8, PagedJson(PageNumber(query))),
                "/api/xzcf/all.json" when settings.Fields is null => Text("application/json", Encoding.UTF8, WholeJson()),
                _ => SimulatedResponse.NotFound,
            };
        }

        var match = HtmlPage().Match(path);
        var page = match.Success && match.Groups[1].Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        return !match.Success || (page > 0 && page * PageSize >= penalties.Count)
            ? SimulatedResponse.NotFound
            : Text("text/html", site.Encoding, Table(page));
    }

    private string Table(int page)
    {
        var pages = Math.Max(1, (penalties.Count + PageSize - 1) / PageSize);
        var html = new StringBuilder($"""
            <!DOCTYPE html>
            <html><head><meta charset="{(site.Encoding.CodePage == 65001 ? "utf-8" : "gbk")}"><title>行政处罚 - 信用中国（河北{site.Name}）</title></head>
            <body><div class="position">当前位置：<a href="/">首页</a> &gt; 双公示 &gt; 行政处罚</div>
            <table class="xzcf">
            <tr><th>序号</th><th>行政相对人名称</th><th>统一社会信用代码</th><th>行政处罚决定书文号</th><th>处罚类别</th><th>处罚内容</th><th>罚款金额（万元）</th><th>处罚决定日期</th><th>公示截止期</th><th>处罚机关</th></tr>

            """);
        var number = page * PageSize;
        foreach (var p in penalties.Skip(page * PageSize).Take(PageSize))
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{++number}</td><td>{E(p.SubjectName)}</td><td>{p.CreditCode}</td><td>{E(p.Document)}</td><td>{E(p.Category)}</td><td>{E(p.Content)}</td><td>{p.FineAmount?.ToString("0.##", CultureInfo.InvariantCulture)}</td><td>{p.DecisionDate:yyyy-MM-dd}</td><td>{p.PublicationEnd:yyyy-MM-dd}</td><td>{E(p.Authority)}</td></tr>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"</table>\n<div class=\"pages\">共{pages}页 第{page + 1}页 ");
        if (page + 1 < pages)
        {
            html.Append(CultureInfo.InvariantCulture, $"<a href=\"/xzcf/index_{page + 1}.html\">下一页</a>");
        }

        return html.Append("</div></body></html>\n").ToString();
    }

    private string Shell() => $"""
        <!DOCTYPE html>
        <html><head><meta charset="{(site.Encoding.CodePage == 65001 ? "utf-8" : "gbk")}"><title>行政处罚 - 信用中国（河北{site.Name}）</title></head>
        <body><div class="position">当前位置：<a href="/">首页</a> &gt; 双公示 &gt; 行政处罚</div>
        <table id="xzcf"><thead><tr><th>行政相对人名称</th><th>行政处罚决定书文号</th><th>处罚决定日期</th><th>处罚机关</th></tr></thead><tbody></tbody></table>
        <script src="/js/xzcf.js" data-api="{WebUtility.HtmlEncode(settings.Url)}"></script>
        </body></html>

        """;

    private string PagedJson(int page)
    {
        var list = new JsonArray();
        foreach (var p in penalties.Skip((page - 1) * PageSize).Take(PageSize))
        {
            list.Add(new JsonObject
            {
                ["xdrmc"] = p.SubjectName,
                ["xdrshxym"] = p.CreditCode,
                ["cfwsh"] = p.Document,
                ["cflb"] = p.Category,
                ["cfnr"] = p.Content,
                ["fkje"] = p.FineAmount,
                ["cfjdrq"] = p.DecisionDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["gsjzq"] = p.PublicationEnd?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["cfjg"] = p.Authority,
            });
        }

        return new JsonObject { ["code"] = 200, ["msg"] = "success", ["data"] = new JsonObject { ["total"] = penalties.Count, ["pageNo"] = page, ["list"] = list } }
            .ToJsonString(Json);
    }

    private string WholeJson()
    {
        var rows = new JsonArray();
        foreach (var p in penalties)
        {
            rows.Add(new JsonObject
            {
                ["行政相对人名称"] = p.SubjectName,
                ["行政相对人代码_1(统一社会信用代码)"] = p.CreditCode,
                ["行政处罚决定书文号"] = p.Document,
                ["处罚类别"] = p.Category,
                ["处罚内容"] = p.Content,
                ["罚款金额（万元）"] = p.FineAmount?.ToString("0.##", CultureInfo.InvariantCulture),
                ["处罚决定日期"] = p.DecisionDate.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture),
                ["公示截止期"] = p.PublicationEnd?.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture),
                ["处罚机关"] = p.Authority,
            });
        }

        return new JsonObject { ["total"] = penalties.Count, ["rows"] = rows }.ToJsonString(Json);
    }

    private static int PageNumber(IQueryCollection query) =>
        int.TryParse(query["pageNo"], NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1 ? page : 1;

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static SimulatedResponse Text(string mediaType, Encoding encoding, string text) =>
        new(StatusCodes.Status200OK, $"{mediaType}; charset={(encoding.CodePage == 65001 ? "utf-8" : "gbk")}", encoding.GetBytes(text));

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [GeneratedRegex(@"^/xzcf/index(?:_(\d{1,3}))?\.html$")]
    private static partial Regex HtmlPage();
}
