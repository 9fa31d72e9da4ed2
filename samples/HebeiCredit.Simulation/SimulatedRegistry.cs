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

            sites.Add(entry);
        }

        return new JsonObject { ["name"] = registry.Name, ["sites"] = sites }.ToJsonString(Indented);
    }
}
