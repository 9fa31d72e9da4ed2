using System.Text.Json;
using HebeiCredit.Auditing.Sites.Columns;

namespace HebeiCredit.Auditing.Sites;

/// <summary>
/// Reads a registry entry's optional "columns" object: per-portal synonyms, XPath overrides for portals the generic
/// reader misreads, and the required set. It is checked against the catalog here, so a typo fails the registry.
/// </summary>
internal static class SiteColumnsReader
{
    public static SiteColumnSettings? Read(JsonElement entry, Action<string, string> fail)
    {
        if (!entry.TryGetProperty("columns", out var element))
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            fail("columns", "应为对象，如 { \"synonyms\": { \"repair\": [\"修复专栏\"] } }");
            return null;
        }

        var synonyms = new Dictionary<string, IReadOnlyList<string>>();
        if (element.TryGetProperty("synonyms", out var map))
        {
            if (map.ValueKind != JsonValueKind.Object)
            {
                fail("columns.synonyms", "应为对象：栏目标识 → 名称数组");
                return null;
            }

            foreach (var column in map.EnumerateObject())
            {
                if (column.Value.ValueKind != JsonValueKind.Array || column.Value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
                {
                    fail($"columns.synonyms.{column.Name}", "应为字符串数组");
                    return null;
                }

                synonyms[column.Name] = column.Value.EnumerateArray().Select(v => v.GetString()!).ToList();
            }
        }

        List<string>? required = null;
        if (element.TryGetProperty("required", out var list))
        {
            if (list.ValueKind != JsonValueKind.Array || list.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
            {
                fail("columns.required", "应为栏目标识的字符串数组");
                return null;
            }

            required = list.EnumerateArray().Select(v => v.GetString()!).ToList();
        }

        var settings = new SiteColumnSettings(
            synonyms.Count > 0 ? synonyms : null,
            Text(element, "navigationXPath"),
            Text(element, "listItemXPath"),
            required);
        try
        {
            ColumnCatalog.Default.ForSite(settings);
            return settings;
        }
        catch (ArgumentException e)
        {
            fail("columns", "有误：" + e.Message.Split(" (Parameter", 2)[0]);
            return null;
        }
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
