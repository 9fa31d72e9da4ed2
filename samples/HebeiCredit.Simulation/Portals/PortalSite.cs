using System.Text;

namespace HebeiCredit.Simulation.Portals;

/// <summary>Everything one simulated portal serves.</summary>
public sealed record PortalSite(string Unit, string Name, DateStyle DateStyle, Encoding Encoding, IReadOnlyList<PortalColumn> Columns)
{
    public PortalColumn? Column(string slug) => Columns.FirstOrDefault(c => c.Slug == slug && c.State != ColumnState.Missing);

    /// <summary>The home page's news box: the newest articles of 信用动态 and 双公示.</summary>
    public IEnumerable<(PortalColumn Column, PortalItem Item)> HomeItems() =>
        Columns.Where(c => c.Id is "credit-news" or "double-publicity" && c.State == ColumnState.Normal)
            .SelectMany(c => c.Items.Take(5).Select(item => (c, item)))
            .OrderByDescending(pair => pair.item.Date);
}
