using System.Net;
using System.Text;
using HebeiCredit.Auditing.Sites;

namespace HebeiCredit.Simulation;

/// <summary>
/// Writes a city credit portal's home page the way real 信用中国（河北XX） portals look: header, navigation with the
/// key columns, a news list with dates. Deterministic: the same unit, seed and date give the same bytes.
/// </summary>
public static class PortalPageGenerator
{
    public static readonly string[] Columns = ["信用动态", "政策法规", "双公示", "信用承诺", "信用修复", "异议申诉", "诚信宣传", "红黑名单", "信易贷", "信用查询"];

    private static readonly string[] Headlines =
    [
        "召开社会信用体系建设领导小组会议", "开展“诚信建设万里行”主题宣传活动", "推进信用承诺制落地见效", "发布信用修复工作指引",
        "开展双公示数据质量专项治理", "组织信用服务机构座谈会", "推动“信易贷”平台扩面增量", "召开失信被执行人联合惩戒推进会",
        "开展政务诚信评价工作", "举办信用知识进企业活动", "部署城市信用状况监测预警整改", "公布守信激励典型案例",
    ];

    public static string HomePage(SiteEntry unit, DateOnly today, int seed)
    {
        var random = new Random(HashCode.Combine(seed, StableHash(unit.Unit)));
        var city = WebUtility.HtmlEncode(unit.Name);
        var html = new StringBuilder();
        html.Append($$"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <title>信用中国（河北{{city}}）</title>
            <meta name="keywords" content="信用{{city}},社会信用体系建设,双公示,信用修复">
            </head>
            <body>
            <div class="header"><h1>信用中国（河北{{city}}）</h1><p>{{city}}社会信用体系建设领导小组办公室主办</p></div>
            <ul class="nav">
            <li><a href="/">首页</a></li>

            """);
        for (var i = 0; i < Columns.Length; i++)
        {
            html.Append($"<li><a href=\"/column/{i + 1}/\">{Columns[i]}</a></li>\n");
        }

        html.Append("</ul>\n<div class=\"news\"><h2>信用动态</h2>\n<ul>\n");
        var date = today.AddDays(-random.Next(0, 4));
        for (var i = 0; i < 8; i++)
        {
            var headline = $"{city}{Headlines[random.Next(Headlines.Length)]}";
            html.Append($"<li><a href=\"/column/1/{date:yyyyMMdd}-{i}.html\">{headline}</a><span class=\"date\">{date:yyyy-MM-dd}</span></li>\n");
            date = date.AddDays(-random.Next(1, 6));
        }

        html.Append($"""
            </ul></div>
            <div class="footer">主办单位：{city}发展和改革委员会 &nbsp; 冀ICP备{random.Next(10_000_000, 99_999_999)}号</div>
            </body>
            </html>

            """);
        return html.ToString();
    }

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked(hash * 31 + c);
        }

        return hash;
    }
}
