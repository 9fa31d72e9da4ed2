using System.Text;

namespace HebeiCredit.Simulation.Portals;

/// <summary>
/// Builds one simulated portal from its unit, the planted defects and the date. Deterministic: the same unit,
/// seed and date give the same portal.
/// </summary>
internal static class PortalBuilder
{
    public const int ItemsPerColumn = 24;

    public static PortalSite Build(string unit, string name, IReadOnlyList<PlantedDefect> defects, DateOnly today, int seed)
    {
        var random = new Random(HashCode.Combine(seed, StableHash(unit)));
        var style = (DateStyle)(StableHash(unit) % Enum.GetValues<DateStyle>().Length);
        var encoding = defects.Any(d => d.Kind == PlantedDefect.GbkPortal) ? Gbk.Encoding : new UTF8Encoding(false);
        var columns = PortalCatalog.Columns.Select(c =>
        {
            var defect = defects.FirstOrDefault(d => d.Column == c.Id);
            var state = defect?.Kind switch
            {
                PlantedDefect.ColumnMissing => ColumnState.Missing,
                PlantedDefect.ColumnBlank => ColumnState.Blank,
                PlantedDefect.ColumnDeadLink => ColumnState.DeadLink,
                PlantedDefect.ColumnSoftNotFound => ColumnState.SoftNotFound,
                PlantedDefect.ColumnStale => ColumnState.Stale,
                PlantedDefect.FutureDatedItem => ColumnState.FutureDated,
                _ => ColumnState.Normal,
            };
            var shownName = defect?.Kind == PlantedDefect.SynonymOnly ? PortalCatalog.Synonyms[c.Id] : c.Name;
            return new PortalColumn(c.Id, shownName, c.Slug, state, Items(c.Name, c.Topics, state, name, today, random));
        }).ToList();
        return new PortalSite(unit, name, style, encoding, columns);
    }

    private static List<PortalItem> Items(string column, string[] topics, ColumnState state, string city, DateOnly today, Random random)
    {
        if (state == ColumnState.Blank)
        {
            return [];
        }

        // A healthy column's newest article is at most 3 days old; a stale one's is 200 days old, past every threshold.
        var date = today.AddDays(-(state is ColumnState.Stale or ColumnState.FutureDated ? 200 : random.Next(0, 4)));
        var items = new List<PortalItem>();
        if (state == ColumnState.FutureDated)
        {
            items.Add(new PortalItem($"{city}{column}：{topics[0]}（预发布）", today.AddDays(60), "future-1"));
        }

        for (var i = 0; items.Count < ItemsPerColumn; i++)
        {
            var topic = i < topics.Length ? topics[i] : topics[random.Next(topics.Length)];
            items.Add(new PortalItem($"{city}{topic}", date, $"{date:yyyyMMdd}-{i}"));
            date = date.AddDays(-random.Next(1, 5));
        }

        return items;
    }

    internal static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked(hash * 31 + c);
        }

        return hash & 0x7fffffff;
    }
}
