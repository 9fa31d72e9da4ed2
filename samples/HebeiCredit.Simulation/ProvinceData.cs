using System.Text.Json;
using HebeiCredit.Auditing.Sites;

namespace HebeiCredit.Simulation;

/// <summary>The committed description of the simulated province: samples/province/sites.json and defects.json.</summary>
public static class ProvinceData
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static SiteRegistry Registry() => SiteRegistry.Parse(Read("sites.json"), "samples/province/sites.json");

    public static IReadOnlyList<PlantedDefect> Defects() =>
        JsonSerializer.Deserialize<DefectFile>(Read("defects.json"), Json)!.Defects;

    private static string Read(string name)
    {
        using var stream = typeof(ProvinceData).Assembly.GetManifestResourceStream($"province/{name}")
            ?? throw new InvalidOperationException($"Embedded resource province/{name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed record DefectFile(IReadOnlyList<PlantedDefect> Defects);
}
