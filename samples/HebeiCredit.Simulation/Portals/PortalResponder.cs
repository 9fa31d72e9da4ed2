using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace HebeiCredit.Simulation.Portals;

/// <summary>Answers one request to a simulated portal: home, column list pages, articles, robots.txt.</summary>
internal sealed partial class PortalResponder(PortalSite site)
{
    public SimulatedResponse Respond(string path)
    {
        if (path == "/")
        {
            return Html(PortalHtml.Home(site));
        }

        if (path == "/robots.txt")
        {
            return new SimulatedResponse(StatusCodes.Status200OK, "text/plain", Encoding.UTF8.GetBytes("User-agent: *\nDisallow: /admin/\n"));
        }

        var match = Route().Match(path);
        var column = match.Success ? site.Column(match.Groups["slug"].Value) : null;
        if (column is null || column.State == ColumnState.DeadLink)
        {
            return SimulatedResponse.NotFound;
        }

        if (column.State == ColumnState.SoftNotFound)
        {
            return Html(PortalHtml.SoftNotFound(site));
        }

        if (match.Groups["article"].Success)
        {
            var item = column.Items.FirstOrDefault(i => i.Slug == match.Groups["article"].Value);
            return item is null ? SimulatedResponse.NotFound : Html(PortalHtml.Article(site, column, item));
        }

        var page = match.Groups["page"].Success ? int.Parse(match.Groups["page"].Value) : 0;
        return page * PortalHtml.PageSize >= Math.Max(column.Items.Count, 1)
            ? SimulatedResponse.NotFound
            : Html(PortalHtml.ColumnPage(site, column, page));
    }

    private SimulatedResponse Html(string html) =>
        new(StatusCodes.Status200OK, $"text/html; charset={(site.Encoding.CodePage == 65001 ? "utf-8" : "gbk")}", site.Encoding.GetBytes(html));

    [GeneratedRegex(@"^/(?<slug>[a-z]+)/(?:index(?:_(?<page>\d{1,3}))?\.html|(?<article>[\w-]+)\.html)?$")]
    private static partial Regex Route();
}
