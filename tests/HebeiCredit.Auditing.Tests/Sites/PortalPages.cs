using System.Net;

namespace HebeiCredit.Auditing.Tests.Sites;

/// <summary>Pages shaped like a real city credit portal (信用中国（河北邯郸）): a nav bar, lists with “[11-20]” dates, a footer.</summary>
internal static class PortalPages
{
    public static readonly (string Href, string Text)[] FullNavigation =
    [
        ("/index.html", "首页"),
        ("/xydt/index.html", "信用动态"),
        ("/zcfg/index.html", "政策法规"),
        ("/xygs/index.html", "信用公示"),
        ("/xycn/index.html", "信用承诺"),
        ("/xyxf/index.html", "信用修复"),
        ("/yyss/index.html", "异议申诉"),
        ("/cxxc/index.html", "诚信宣传"),
        ("/hhmd/index.html", "红黑名单"),
        ("/xyd/index.html", "信易贷"),
        ("/xycx/index.html", "信用查询"),
    ];

    public static string Home(IEnumerable<(string Href, string Text)> navigation, string news) => $"""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>信用中国（河北邯郸）</title></head>
        <body>
        <div class="head"><div class="logo"><img src="/images/logo.png" alt="信用中国（河北邯郸）"></div></div>
        {Navigation(navigation)}
        <div class="main">
          <div class="news-box">
            <div class="box-title">信用动态 <a href="/xydt/index.html" class="more">更多&gt;&gt;</a></div>
            <ul>
        {news}
            </ul>
          </div>
        </div>
        {Footer}
        </body></html>
        """;

    public static string Home(string news) => Home(FullNavigation, news);

    public static string Navigation(IEnumerable<(string Href, string Text)> links) =>
        "<div class=\"nav\"><ul>\n"
        + string.Concat(links.Select(l => $"  <li><a href=\"{l.Href}\" target=\"_self\">{WebUtility.HtmlEncode(l.Text)}</a></li>\n"))
        + "</ul></div>";

    public const string Footer = """
        <div class="footer"><p>主办单位：邯郸市发展和改革委员会 承办单位：邯郸市信用中心</p><p>冀ICP备05003328号</p></div>
        """;

    /// <summary>A list item in the portal's own form: title link, then the date in a span.</summary>
    public static string Item(string title, string href, string date) =>
        $"      <li><a href=\"{href}\" title=\"{title}\" target=\"_blank\">{title}</a><span class=\"date\">{date}</span></li>";

    public static string ListPage(string column, string items, string pager = "") => $"""
        <!DOCTYPE html>
        <html><head><title>{column}-信用中国（河北邯郸）</title></head>
        <body>
        {Navigation(FullNavigation)}
        <div class="location">当前位置：<a href="/">首页</a> &gt; <a href="#">{column}</a></div>
        <div class="list-box">
          <ul class="list">
        {items}
          </ul>
          {pager}
        </div>
        {Footer}
        </body></html>
        """;

    public static string Article(string title, string body) => $"""
        <!DOCTYPE html>
        <html><head><title>{title}</title></head>
        <body>
        {Navigation(FullNavigation)}
        <div class="article"><h1>{title}</h1><div class="info">发布时间：2026-10-09 来源：邯郸市发展和改革委员会</div>
        <div class="content">{body}</div></div>
        {Footer}
        </body></html>
        """;
}
