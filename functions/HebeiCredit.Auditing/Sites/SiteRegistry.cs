using System.Text.Json;

namespace HebeiCredit.Auditing.Sites;

/// <summary>
/// The audited units and their portals. The file format is documented in README.md ("站点登记表");
/// every error names the entry and the field, so the office can fix the file without reading code.
/// </summary>
public sealed class SiteRegistry
{
    private SiteRegistry(string name, IReadOnlyList<SiteEntry> sites)
    {
        Name = name;
        Sites = sites;
    }

    public string Name { get; }

    public IReadOnlyList<SiteEntry> Sites { get; }

    public SiteEntry? Find(string unit) => Sites.FirstOrDefault(site => site.Unit == unit);

    public static SiteRegistry Parse(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new SiteRegistryException(source, [$"不是有效的 JSON（第 {e.LineNumber + 1} 行第 {e.BytePositionInLine + 1} 个字节附近）"]);
        }

        using (document)
        {
            return Read(document.RootElement, source);
        }
    }

    private static SiteRegistry Read(JsonElement root, string source)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("sites", out var sites) || sites.ValueKind != JsonValueKind.Array)
        {
            throw new SiteRegistryException(source, ["缺少数组字段“sites”"]);
        }

        var name = root.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : source;
        var errors = new List<string>();
        var entries = new List<SiteEntry>();
        var positions = new Dictionary<SiteEntry, int>(ReferenceEqualityComparer.Instance);
        var index = 0;
        foreach (var element in sites.EnumerateArray())
        {
            index++;
            var entry = SiteEntryReader.Read(element, index, errors);
            if (entry is null)
            {
                continue;
            }

            if (entries.Any(e => e.Unit == entry.Unit))
            {
                errors.Add($"第 {index} 条（{entry.Name}）：字段“unit”的值“{entry.Unit}”与前面的条目重复");
                continue;
            }

            entries.Add(entry);
            positions[entry] = index;
        }

        foreach (var entry in entries.Where(e => e.Parent is not null && entries.All(p => p.Unit != e.Parent)))
        {
            errors.Add($"第 {positions[entry]} 条（{entry.Name}）：字段“parent”的值“{entry.Parent}”不是登记表中的单位");
        }

        if (errors.Count > 0)
        {
            throw new SiteRegistryException(source, errors);
        }

        return new SiteRegistry(name, entries);
    }
}
