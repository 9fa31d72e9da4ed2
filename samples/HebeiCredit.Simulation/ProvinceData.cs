using System.Text.Json;
using HebeiCredit.Auditing.Sites;

namespace HebeiCredit.Simulation;

/// <summary>
/// The committed description of the simulated province: samples/province/sites.json, defects.json and
/// publication-defects.json (written from <see cref="Publication.SimulatedPublications.Defects"/>).
/// </summary>
public static class ProvinceData
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static SiteRegistry Registry() => SiteRegistry.Parse(Read("sites.json"), "samples/province/sites.json");

    public static IReadOnlyList<PlantedDefect> Defects() =>
        JsonSerializer.Deserialize<DefectFile>(Read("defects.json"), Json)!.Defects;

    /// <summary>The defects planted in the 双公示 files of <see cref="Publication.SimulatedPublications.Month"/>.</summary>
    public static IReadOnlyList<PlantedDefect> PublicationDefects() =>
        JsonSerializer.Deserialize<DefectFile>(Read("publication-defects.json"), Json)!.Defects;

    /// <summary>The text of publication-defects.json for these defects.</summary>
    public static string PublicationDefectsJson(IReadOnlyList<PlantedDefect> defects) =>
        JsonSerializer.Serialize(new PublicationDefectFile(PublicationDefectsDescription, defects), WriteJson) + "\n";

    private const string PublicationDefectsDescription =
        "模拟河北省双公示上传文件（2025年9月，各单位的报送台账、省平台报送记录、网站公示记录和独立来源）中预置的缺陷，由 SimulatedPublications 生成。端到端测试上传这些文件，断言审计恰好发现 findings 所列的问题，不多也不少。";

    private static readonly JsonSerializerOptions WriteJson = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private static string Read(string name)
    {
        using var stream = typeof(ProvinceData).Assembly.GetManifestResourceStream($"province/{name}")
            ?? throw new InvalidOperationException($"Embedded resource province/{name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed record DefectFile(IReadOnlyList<PlantedDefect> Defects);

    private sealed record PublicationDefectFile(string Description, IReadOnlyList<PlantedDefect> Defects);
}
