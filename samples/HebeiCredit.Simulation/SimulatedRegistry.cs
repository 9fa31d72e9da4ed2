using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using HebeiCredit.Auditing.Sites;

namespace HebeiCredit.Simulation;

/// <summary>Writes the simulated registry as a registry file whose portals carry the server's actual port.</summary>
internal static class SimulatedRegistry
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string WithPort(SiteRegistry registry, int port)
    {
        var sites = new JsonArray();
        foreach (var site in registry.Sites)
        {
            var portal = new UriBuilder(site.Portal!) { Port = port }.Uri;
            var entry = new JsonObject
            {
                ["unit"] = site.Unit,
                ["name"] = site.Name,
                ["level"] = site.Level.ToChinese(),
                ["portal"] = portal.AbsoluteUri,
                ["allowPrivateNetwork"] = true,
            };
            if (site.Parent is not null)
            {
                entry["parent"] = site.Parent;
            }

            if (site.PenaltyList is { } list)
            {
                entry["penaltyList"] = PenaltyList(list);
            }

            sites.Add(entry);
        }

        return new JsonObject { ["name"] = registry.Name, ["sites"] = sites }.ToJsonString(Indented);
    }

    private static JsonObject PenaltyList(PenaltyListSettings list)
    {
        var entry = new JsonObject { ["url"] = list.Url, ["format"] = list.Format == PenaltyListFormat.Json ? "json" : "html" };
        if (list.ItemsPath is not null)
        {
            entry["items"] = list.ItemsPath;
        }

        if (list.TotalPath is not null)
        {
            entry["total"] = list.TotalPath;
        }

        if (list.Fields is not null)
        {
            entry["fields"] = new JsonObject(list.Fields.Select(f => KeyValuePair.Create(f.Key, (JsonNode?)f.Value)));
        }

        return entry;
    }
}
