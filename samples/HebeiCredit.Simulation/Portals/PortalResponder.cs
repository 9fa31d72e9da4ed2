using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace HebeiCredit.Simulation.Portals;

/// <summary>Answers one request to a simulated portal: home, column list pages, articles, robots.txt.</summary>
internal sealed partial class PortalResponder(PortalSite site)
{
    public Task RespondAsync(HttpContext context, string path)
    {
        if (path == "/")
        {
            return HtmlAsync(context, PortalHtml.Home(site));
        }

        if (path == "/robots.txt")
        {
            context.Response.ContentType = "text/plain";
            return context.Response.WriteAsync("User-agent: *\nDisallow: /admin/\n", context.RequestAborted);
        }

        var match = Route().Match(path);
        var column = match.Success ? site.Column(match.Groups["slug"].Value) : null;
        if (column is null || column.State == ColumnState.DeadLink)
        {
            return NotFoundAsync(context);
        }

        if (column.State == ColumnState.SoftNotFound)
        {
            return HtmlAsync(context, PortalHtml.SoftNotFound(site));
        }

        if (match.Groups["article"].Success)
        {
            var item = column.Items.FirstOrDefault(i => i.Slug == match.Groups["article"].Value);
            return item is null ? NotFoundAsync(context) : HtmlAsync(context, PortalHtml.Article(site, column, item));
        }

        var page = match.Groups["page"].Success ? int.Parse(match.Groups["page"].Value) : 0;
        return page * PortalHtml.PageSize >= Math.Max(column.Items.Count, 1)
            ? NotFoundAsync(context)
            : HtmlAsync(context, PortalHtml.ColumnPage(site, column, page));
    }

    private Task HtmlAsync(HttpContext context, string html)
    {
        context.Response.ContentType = $"text/html; charset={(site.Encoding.CodePage == 65001 ? "utf-8" : "gbk")}";
        return context.Response.Body.WriteAsync(site.Encoding.GetBytes(html), context.RequestAborted).AsTask();
    }

    private static Task NotFoundAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync("<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1></body></html>", context.RequestAborted);
    }

    [GeneratedRegex(@"^/(?<slug>[a-z]+)/(?:index(?:_(?<page>\d{1,3}))?\.html|(?<article>[\w-]+)\.html)?$")]
    private static partial Regex Route();
}
