using System.Net;
using System.Text;

namespace HebeiCredit.Simulation.Portals;

/// <summary>Renders the pages of a simulated portal in the shape of real 信用中国（河北XX） sites.</summary>
internal static class PortalHtml
{
    public const int PageSize = 10;

    public static string Home(PortalSite site)
    {
        var body = new StringBuilder("<div class=\"news\"><h2>最新动态</h2>\n<ul>\n");
        foreach (var (column, item) in site.HomeItems().Take(8))
        {
            body.Append(ListItem(site, column, item));
        }

        body.Append("</ul></div>\n");
        return Page(site, $"信用中国（河北{site.Name}）", body.ToString());
    }

    public static string ColumnPage(PortalSite site, PortalColumn column, int page)
    {
        var body = new StringBuilder($"<div class=\"position\">当前位置：<a href=\"/\">首页</a> &gt; {Encode(column.Name)}</div>\n");
        if (column.Items.Count == 0)
        {
            body.Append("<div class=\"list\"><p class=\"empty\">暂无信息</p></div>\n");
            return Page(site, $"{column.Name} - 信用中国（河北{site.Name}）", body.ToString());
        }

        body.Append("<ul class=\"list\">\n");
        foreach (var item in column.Items.Skip(page * PageSize).Take(PageSize))
        {
            body.Append(ListItem(site, column, item));
        }

        body.Append("</ul>\n<div class=\"pages\">");
        var pages = (column.Items.Count + PageSize - 1) / PageSize;
        body.Append($"共{pages}页 第{page + 1}页 ");
        if (page + 1 < pages)
        {
            body.Append($"<a href=\"/{column.Slug}/index_{page + 1}.html\">下一页</a>");
        }

        body.Append("</div>\n");
        return Page(site, $"{column.Name} - 信用中国（河北{site.Name}）", body.ToString());
    }

    public static string Article(PortalSite site, PortalColumn column, PortalItem item) => Page(site, item.Title, $"""
        <div class="article"><h1>{Encode(item.Title)}</h1>
        <div class="info">发布时间：{item.Date:yyyy-MM-dd} 来源：{Encode(site.Name)}社会信用体系建设领导小组办公室</div>
        <div class="content"><p>{Encode(ArticleText(column, item))}</p></div></div>

        """);

    public static string SoftNotFound(PortalSite site) => Page(site, "提示信息", """
        <div class="error"><h2>抱歉，您访问的页面不存在或已被删除！</h2><p><a href="/">返回首页</a></p></div>

        """);

    private static string ArticleText(PortalColumn column, PortalItem item) => column.Id == "repair"
        ? $"{item.Title}。信用修复流程：申请—受理—审核—决定—结果共享。申请材料：信用修复申请书、已履行行政处罚决定的材料、信用承诺书。申请方式：通过“信用中国”网站在线申请，或到市信用办窗口办理。"
        : $"{item.Title}。为深入贯彻落实社会信用体系建设工作部署，现将有关事项通知如下。";

    private static string ListItem(PortalSite site, PortalColumn column, PortalItem item)
    {
        var date = site.DateStyle.Format(item.Date);
        var link = $"<a href=\"/{column.Slug}/{item.Slug}.html\" title=\"{Encode(item.Title)}\">{Encode(item.Title)}</a>";
        return site.DateStyle == DateStyle.PublishedLabel
            ? $"<li>{link}<em>{date}</em></li>\n"
            : $"<li>{link}<span class=\"date\">{date}</span></li>\n";
    }

    private static string Page(PortalSite site, string title, string body)
    {
        var charset = site.Encoding.CodePage == 65001 ? "utf-8" : "gbk";
        var nav = new StringBuilder("<li><a href=\"/\">首页</a></li>");
        foreach (var column in site.Columns.Where(c => c.State != ColumnState.Missing))
        {
            nav.Append($"<li><a href=\"/{column.Slug}/\">{Encode(column.Name)}</a></li>");
        }

        return $"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta http-equiv="Content-Type" content="text/html; charset={charset}">
            <title>{Encode(title)}</title>
            </head>
            <body>
            <div class="header"><div class="logo">信用中国（河北{Encode(site.Name)}）</div></div>
            <div class="nav"><ul>{nav}</ul></div>
            <div class="main">
            {body}
            </div>
            <div class="footer">主办单位：{Encode(site.Name)}社会信用体系建设领导小组办公室 &nbsp; 冀ICP备{PortalBuilder.StableHash(site.Unit) % 90_000_000 + 10_000_000}号</div>
            </body>
            </html>

            """;
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
