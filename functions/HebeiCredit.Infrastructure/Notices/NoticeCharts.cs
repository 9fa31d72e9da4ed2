using System.Globalization;
using System.Net;
using System.Text;
using HebeiCredit.Auditing.Notices;

namespace HebeiCredit.Infrastructure.Notices;

/// <summary>
/// The overview's charts as inline SVG (no script, no external file): a bar a unit for a rate, and the trend across
/// periods. Every label is HTML-encoded: unit names and periods come from configuration a city could influence.
/// </summary>
internal static class NoticeCharts
{
    private const int Width = 560;
    private const int LabelWidth = 110;
    private const int RowHeight = 26;
    private const int ValueWidth = 80;

    /// <summary>One bar per item, scaled 0–100%; an item without a value gets “—” and no bar.</summary>
    public static string Bars(string title, IReadOnlyList<(string Label, decimal? Value)> items, string colour)
    {
        var height = 30 + items.Count * RowHeight;
        var barSpace = Width - LabelWidth - ValueWidth;
        var svg = Open(title, height);
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{LabelWidth}\" y1=\"24\" x2=\"{LabelWidth}\" y2=\"{height - 4}\" stroke=\"#888\"/>");
        for (var i = 0; i < items.Count; i++)
        {
            var (label, value) = items[i];
            var y = 28 + i * RowHeight;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 6}\" y=\"{y + 15}\" text-anchor=\"end\">{Encode(label)}</text>");
            if (value is { } v)
            {
                var length = (int)Math.Round(Math.Clamp(v, 0m, 1m) * barSpace);
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 3}\" width=\"{length}\" height=\"{RowHeight - 8}\" fill=\"{colour}\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + length + 4}\" y=\"{y + 15}\">{Encode(NoticeText.Percent(v))}</text>");
            }
            else
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + 4}\" y=\"{y + 15}\" fill=\"#888\">—</text>");
            }
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Average availability and average 迟报率 (0–100%) across the periods, oldest first.</summary>
    public static string Trend(string title, IReadOnlyList<PeriodTrend> periods)
    {
        const int height = 240;
        const int left = 50, right = 20, top = 40, bottom = 40;
        var plotWidth = Width - left - right;
        var plotHeight = height - top - bottom;
        var svg = Open(title, height);
        foreach (var tick in new[] { 0, 25, 50, 75, 100 })
        {
            var y = top + plotHeight - tick * plotHeight / 100;
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{y}\" x2=\"{Width - right}\" y2=\"{y}\" stroke=\"#ddd\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{y + 4}\" text-anchor=\"end\">{tick}%</text>");
        }

        double X(int i) => periods.Count == 1 ? left + plotWidth / 2.0 : left + i * plotWidth / (double)(periods.Count - 1);
        double Y(decimal rate) => top + plotHeight - (double)Math.Clamp(rate, 0m, 1m) * plotHeight;
        for (var i = 0; i < periods.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(i):0.#}\" y=\"{height - 14}\" text-anchor=\"middle\">{Encode(periods[i].Period)}</text>");
        }

        Series(svg, periods.Select(p => p.AverageAvailability).ToList(), X, Y, "#1f6f3f");
        Series(svg, periods.Select(p => p.AverageLateRate).ToList(), X, Y, "#b3261e");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" y=\"28\" width=\"12\" height=\"4\" fill=\"#1f6f3f\"/><text x=\"{left + 16}\" y=\"34\">平均网站可用率</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left + 140}\" y=\"28\" width=\"12\" height=\"4\" fill=\"#b3261e\"/><text x=\"{left + 156}\" y=\"34\">平均迟报率</text>");
        return svg.Append("</svg>").ToString();
    }

    private static void Series(StringBuilder svg, IReadOnlyList<decimal?> values, Func<int, double> x, Func<decimal, double> y, string colour)
    {
        var points = values.Select((v, i) => v is { } rate ? $"{x(i).ToString("0.#", CultureInfo.InvariantCulture)},{y(rate).ToString("0.#", CultureInfo.InvariantCulture)}" : null)
            .OfType<string>()
            .ToList();
        if (points.Count > 1)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{string.Join(' ', points)}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"/>");
        }

        foreach (var point in points)
        {
            var xy = point.Split(',');
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{xy[0]}\" cy=\"{xy[1]}\" r=\"4\" fill=\"{colour}\"/>");
        }
    }

    private static StringBuilder Open(string title, int height) =>
        new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-label=\"{Encode(title)}\" font-size=\"15\">")
            .Append(CultureInfo.InvariantCulture, $"<title>{Encode(title)}</title>")
            .Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"16\" font-weight=\"bold\">{Encode(title)}</text>");

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
