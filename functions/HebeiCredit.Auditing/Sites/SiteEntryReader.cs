using System.Text.Json;
using System.Text.RegularExpressions;

namespace HebeiCredit.Auditing.Sites;

/// <summary>Reads one registry entry, collecting every problem instead of stopping at the first.</summary>
internal static partial class SiteEntryReader
{
    public static SiteEntry? Read(JsonElement element, int index, List<string> errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"第 {index} 条：应为对象（{{ … }}）");
            return null;
        }

        var name = String(element, "name");
        var label = $"第 {index} 条（{name ?? String(element, "unit") ?? "未命名"}）";
        var before = errors.Count;
        void Fail(string field, string problem) => errors.Add($"{label}：字段“{field}”{problem}");

        var unit = String(element, "unit");
        if (unit is null)
        {
            Fail("unit", "缺失：应为行政区划代码，如“1301”");
        }
        else if (!RegionCode().IsMatch(unit))
        {
            Fail("unit", $"的值“{unit}”不是以“13”开头的4位或6位行政区划代码");
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            Fail("name", "缺失：应为单位名称，如“石家庄市”");
        }

        var levelText = String(element, "level");
        if (!UnitLevelNames.TryParse(levelText, out var level))
        {
            Fail("level", levelText is null
                ? $"缺失：应为{string.Join("、", UnitLevelNames.All)}之一"
                : $"的值“{levelText}”无效：应为{string.Join("、", UnitLevelNames.All)}之一");
        }

        var portal = ReadPortal(element, Fail);
        var parent = String(element, "parent");
        var allowPrivate = element.TryGetProperty("allowPrivateNetwork", out var p) && p.ValueKind == JsonValueKind.True;
        var respectRobots = true;
        if (element.TryGetProperty("respectRobots", out var robots))
        {
            if (robots.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                respectRobots = robots.GetBoolean();
            }
            else
            {
                Fail("respectRobots", $"的值 {robots.GetRawText()} 无效：应为 true（遵守 robots.txt，默认）或 false（不遵守）");
            }
        }

        var columns = SiteColumnsReader.Read(element, Fail);
        var penaltyList = PenaltyListSettingsReader.Read(element, Fail);
        return errors.Count > before
            ? null
            : new SiteEntry(unit!, name!, level, portal, parent, allowPrivate, String(element, "note"), respectRobots, columns, penaltyList);
    }

    private static Uri? ReadPortal(JsonElement element, Action<string, string> fail)
    {
        var unknown = element.TryGetProperty("addressUnknown", out var u) && u.ValueKind == JsonValueKind.True;
        var text = String(element, "portal");
        if (unknown)
        {
            if (text is not null)
            {
                fail("portal", "与“addressUnknown”: true 矛盾：地址已知时删去 addressUnknown，未知时删去 portal");
            }

            return null;
        }

        if (text is null)
        {
            fail("portal", "缺失：应为门户网站首页地址；地址未知时写 \"addressUnknown\": true，不要猜测地址");
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            fail("portal", $"的值“{text}”不是 http 或 https 开头的完整网址");
            return null;
        }

        return uri;
    }

    private static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s
            ? s.Trim()
            : null;

    [GeneratedRegex(@"^13(\d{2}|\d{4})$")]
    private static partial Regex RegionCode();
}
