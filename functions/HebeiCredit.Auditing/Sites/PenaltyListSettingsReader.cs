using System.Text.Json;

namespace HebeiCredit.Auditing.Sites;

/// <summary>Reads a registry entry's optional "penaltyList" object, reporting each problem by entry and field.</summary>
internal static class PenaltyListSettingsReader
{
    private const string Field = "penaltyList";

    public static PenaltyListSettings? Read(JsonElement entry, Action<string, string> fail)
    {
        if (!entry.TryGetProperty(Field, out var element))
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            fail(Field, "应为对象，如 { \"url\": \"/xzcf/index.html\", \"format\": \"html\" }");
            return null;
        }

        var failed = false;
        void Fail(string field, string problem)
        {
            failed = true;
            fail($"{Field}.{field}", problem);
        }

        var url = Text(element, "url");
        if (url is null)
        {
            Fail("url", "缺失：应为行政处罚公示列表的网址，如“/xzcf/index.html”（相对门户首页）或完整网址");
        }
        else if (!IsHttpOrRelative(url))
        {
            Fail("url", $"的值“{url}”不是 http 或 https 开头的完整网址，也不是以“/”开头的站内路径");
        }

        var formatText = Text(element, "format");
        var format = PenaltyListFormat.Html;
        switch (formatText)
        {
            case null:
                Fail("format", "缺失：应为 html（网页表格）或 json（列表页背后的数据接口）");
                break;
            case "html":
                break;
            case "json":
                format = PenaltyListFormat.Json;
                break;
            default:
                Fail("format", $"的值“{formatText}”无效：应为 html 或 json");
                break;
        }

        var itemsPath = Text(element, "items");
        var totalPath = Text(element, "total");
        var fields = Fields(element, Fail);
        if (formatText == "html")
        {
            foreach (var jsonOnly in new[] { "items", "total", "fields" }.Where(p => element.TryGetProperty(p, out _)))
            {
                Fail(jsonOnly, "只用于 json 格式：html 表格按表头识别字段");
            }
        }

        if (url is not null && url.Contains(PenaltyListSettings.PagePlaceholder, StringComparison.Ordinal) && formatText == "html")
        {
            Fail("url", "中的“{page}”只用于 json 格式：html 列表按页面上的“下一页”翻页");
        }

        return failed ? null : new PenaltyListSettings(url!, format, itemsPath, totalPath, fields);
    }

    private static Dictionary<string, string>? Fields(JsonElement element, Action<string, string> fail)
    {
        if (!element.TryGetProperty("fields", out var map))
        {
            return null;
        }

        if (map.ValueKind != JsonValueKind.Object || map.EnumerateObject().Any(p => p.Value.ValueKind != JsonValueKind.String || p.Value.GetString()!.Trim().Length == 0))
        {
            fail("fields", "应为对象：字段名 → 数据中的属性名，如 { \"行政处罚决定书文号\": \"cfwsh\" }");
            return null;
        }

        return map.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!.Trim());
    }

    private static bool IsHttpOrRelative(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
        || (Uri.TryCreate(url.Replace(PenaltyListSettings.PagePlaceholder, "1", StringComparison.Ordinal), UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps));

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s
            ? s.Trim()
            : null;
}
