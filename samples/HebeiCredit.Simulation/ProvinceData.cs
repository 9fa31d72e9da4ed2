using System.Text.Json;
using HebeiCredit.Auditing.Sites;

namespace HebeiCredit.Simulation;

/// <summary>
/// The committed description of the simulated province: samples/province/sites.json, defects.json,
/// publication-defects.json (written from <see cref="Publication.SimulatedPublications.Defects"/>) and
/// period-defects.json (written from <see cref="Penalties.SimulatedPenalties.Cases"/>).
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

    /// <summary>The records planted in the simulated portals' 行政处罚 lists (<see cref="Penalties.SimulatedPenalties.Cases"/>).</summary>
    public static IReadOnlyList<PlantedPeriodCase> PeriodDefects() =>
        JsonSerializer.Deserialize<PeriodDefectFile>(Read("period-defects.json"), Json)!.Cases;

    /// <summary>The text of period-defects.json for these cases.</summary>
    public static string PeriodDefectsJson(IReadOnlyList<PlantedPeriodCase> cases) =>
        JsonSerializer.Serialize(new PeriodDefectFile(PeriodDefectsDescription, cases), WriteJson) + "\n";

    private const string PeriodDefectsDescription =
        "模拟河北省各门户行政处罚公示列表中预置的公示期限与信用修复问题，由 SimulatedPenalties 相对模拟的“今天”生成：先以修订 0 抓取一次，切换到修订 1（预置的撤下）再抓取一次，上传 SimulatedPenalties.RepairResults 生成的全国修复结果文件到 inbox/repairs/，审计应恰好发现 rule 非空的各条，rule 为空的对照记录不得标记。";

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

    private sealed record PeriodDefectFile(string Description, IReadOnlyList<PlantedPeriodCase> Cases);

    private sealed record PublicationDefectFile(string Description, IReadOnlyList<PlantedDefect> Defects);
}
