using System.Globalization;
using System.Text.Json;
using HebeiCredit.Auditing.Publication.Headers;
using HebeiCredit.Auditing.Publication.Records;
using HebeiCredit.Auditing.Publication.Sources;
using HebeiCredit.Auditing.Sites;

namespace HebeiCredit.Auditing.Publication.Lists;

/// <summary>
/// Reads one page of the JSON endpoint behind a portal's 行政处罚 list page, as the registry's "penaltyList" describes
/// it: the records at its items path, each property named by the field mapping (or itself a 790号 field name or
/// alias), matched to the fields as an upload's header is. The next page follows while the endpoint pages
/// ({page} in its URL), the page was not empty and the stated total is not reached.
/// </summary>
public static class PenaltyJsonReader
{
    /// <param name="page">The 1-based number of this page.</param>
    /// <param name="readBefore">Records read from the earlier pages, to compare with the stated total.</param>
    public static PenaltyListPage Read(string json, Uri url, PenaltyListSettings settings, int page, int readBefore, string unit, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(settings);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return PenaltyListPage.Broken($"数据接口返回的不是有效的 JSON（第 {e.LineNumber + 1} 行附近）");
        }

        using (document)
        {
            if (Find(document.RootElement, settings.ItemsPath) is not { ValueKind: JsonValueKind.Array } items)
            {
                return PenaltyListPage.Broken($"数据接口返回的内容中“{settings.ItemsPath ?? "（根）"}”不是记录数组");
            }

            var objects = items.EnumerateArray().ToList();
            if (objects.Any(o => o.ValueKind != JsonValueKind.Object))
            {
                return PenaltyListPage.Broken($"数据接口返回的“{settings.ItemsPath ?? "（根）"}”中有不是对象的记录");
            }

            var total = Find(document.RootElement, settings.TotalPath) is { ValueKind: JsonValueKind.Number } t && t.TryGetInt32(out var n) ? n : (int?)null;
            var next = settings.IsPaged && objects.Count > 0 && (total is null || readBefore + objects.Count < total)
                ? settings.Resolve(url, page + 1)
                : null;
            if (objects.Count == 0)
            {
                return new PenaltyListPage([], next, null);
            }

            var properties = settings.Fields?.ToList()
                ?? objects.SelectMany(o => o.EnumerateObject().Select(p => p.Name)).Distinct().Select(p => KeyValuePair.Create(p, p)).ToList();
            var header = HeaderMatcher.Match(properties.Select(p => p.Key).ToList(), UploadKind.Published);
            if (!header.Accepted || header.Kind != DecisionKind.Penalty)
            {
                return PenaltyListPage.Broken($"数据接口的字段无法识别为行政处罚公示记录：{header.Rejection ?? "内容是行政许可，不是行政处罚"}");
            }

            var records = new List<PublicationRecord>();
            for (var i = 0; i < objects.Count; i++)
            {
                var cells = properties.Select(p => Text(Find(objects[i], p.Value))).ToList();
                var read = PublicationRowReader.Read(new SourceRow(i + 1, cells), header, url.AbsoluteUri, UploadKind.Published, unit, today);
                if (read.Record is { } record)
                {
                    records.Add(record);
                }
            }

            return new PenaltyListPage(records, next, null);
        }
    }

    /// <summary>The element at a dotted path (a segment of digits indexes an array); the element itself for no path.</summary>
    private static JsonElement? Find(JsonElement element, string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return element;
        }

        var current = element;
        foreach (var segment in path.Split('.'))
        {
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out var child))
            {
                current = child;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                return null;
            }
        }

        return current;
    }

    private static string? Text(JsonElement? value) => value switch
    {
        null => null,
        { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { } other => other.GetRawText(),
    };
}
