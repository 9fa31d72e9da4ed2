using System.Text;
using HebeiCredit.Auditing.Policies;

namespace HebeiCredit.Auditing.Tests.Policies;

public sealed class PublicationPeriodPolicyTests
{
    private static PublicationPeriodPolicy Policy => PublicationPeriodPolicy.Default;

    [Fact]
    public void Default_EncodesTheFourVersionsWithTheirSources()
    {
        var versions = Policy.Versions.ToDictionary(v => v.Id);

        Assert.Equal(["527号", "市场监管总局令第45号", "58号令", "36号令"], Policy.Versions.Select(v => v.Id));
        Assert.StartsWith("发改办财金〔2019〕527号", versions["527号"].Document, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2023, 5, 1), versions["58号令"].EffectiveFrom);
        Assert.StartsWith("国家发展改革委令第58号", versions["58号令"].Document, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 4, 1), versions["36号令"].EffectiveFrom);
        Assert.Contains("国办发〔2025〕22号", versions["36号令"].Document, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2021, 9, 1), versions["市场监管总局令第45号"].EffectiveFrom);
        Assert.All(Policy.Versions, v => Assert.Equal(3, v.SyncWorkingDays));
    }

    [Theory]
    [InlineData("2018-06-01", "石家庄市生态环境局", "527号")]
    [InlineData("2023-04-30", "石家庄市生态环境局", "527号")]
    [InlineData("2023-05-01", "石家庄市生态环境局", "58号令")]
    [InlineData("2026-03-31", "石家庄市生态环境局", "58号令")]
    [InlineData("2026-04-01", "石家庄市生态环境局", "36号令")]
    [InlineData("2021-08-31", "石家庄市市场监督管理局", "527号")]
    [InlineData("2021-09-01", "石家庄市市场监督管理局", "市场监管总局令第45号")]
    [InlineData("2026-05-01", "辛集市市场监管局", "市场监管总局令第45号")]
    public void VersionFor_DecisionDateAndAuthority_PicksTheVersionInForceThen(string decided, string authority, string expected) =>
        Assert.Equal(expected, Policy.VersionFor(DateOnly.Parse(decided), authority).Id);

    [Theory]
    [InlineData("2022-01-01", "527号")]
    [InlineData("2025-12-31", "58号令")]
    [InlineData("2026-11-28", "36号令")]
    public void GeneralVersionAt_Date_IgnoresScopedVersions(string date, string expected) =>
        Assert.Equal(expected, Policy.GeneralVersionAt(DateOnly.Parse(date)).Id);

    [Fact]
    public void WithOverride_SameIdAndNewId_ReplacesOneAndAddsTheOther()
    {
        const string json = """
            { "versions": [
              { "id": "58号令", "effectiveFrom": "2023-05-01", "document": "国家发展改革委令第58号（本地修订）", "defaultClass": "处罚",
                "defaultReason": "统一适用", "classes": [ { "name": "处罚", "minMonths": 6, "maxMonths": 24, "clause": "最短6个月，最长2年" } ],
                "earlyStopRequiresRepair": true, "syncWorkingDays": 2, "syncClause": "2个工作日内同步" },
              { "id": "河北2027", "effectiveFrom": "2027-01-01", "document": "某省级文件", "defaultClass": "一般",
                "defaultReason": "统一适用", "classes": [ { "name": "一般", "minMonths": 3, "maxMonths": 6, "clause": "最短3个月，最长6个月" } ],
                "earlyStopRequiresRepair": true, "syncWorkingDays": 3, "syncClause": "3个工作日内同步" } ] }
            """;

        var policy = Policy.WithOverride(new MemoryStream(Encoding.UTF8.GetBytes(json)), "publication-periods.json");

        Assert.Equal(5, policy.Versions.Count);
        var replaced = policy.VersionFor(new DateOnly(2024, 1, 1), "某局");
        Assert.Equal("国家发展改革委令第58号（本地修订）", replaced.Document);
        Assert.Equal(2, replaced.SyncWorkingDays);
        Assert.Equal("河北2027", policy.VersionFor(new DateOnly(2027, 3, 1), "某局").Id);
    }

    [Fact]
    public void WithOverride_InvalidVersion_NamesFileVersionAndFields()
    {
        const string json = """
            { "versions": [ { "id": "坏版本", "effectiveFrom": "2027-01-01", "defaultClass": "无此类",
                "defaultReason": "x", "classes": [ { "name": "一般", "minMonths": 12, "maxMonths": 3, "clause": "c",
                  "conditions": [ { "reason": "空条件" } ] } ], "syncWorkingDays": 0, "syncClause": "s" } ] }
            """;

        var error = Assert.Throws<InvalidDataException>(() => Policy.WithOverride(new MemoryStream(Encoding.UTF8.GetBytes(json)), "periods.json"));

        Assert.Equal(
            "公示期限政策文件“periods.json”有 5 处错误：第 5 个版本（坏版本）：缺少字段“document”（依据文件）；"
            + "第 5 个版本（坏版本）：字段“syncWorkingDays”须为正整数（修复结果同步的工作日数）；"
            + "第 5 个版本（坏版本）：字段“defaultClass”的值“无此类”不是“classes”中的类别；"
            + "第 5 个版本（坏版本）类别“一般”：“minMonths”“maxMonths”须满足 0 ≤ 最短 ≤ 最长，且最长大于0；"
            + "第 5 个版本（坏版本）类别“一般”：“conditions”第 1 项须有“reason”和至少一个条件。",
            error.Message);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{ "versions": [] }""")]
    public void Load_NotPolicyData_ThrowsInChinese(string json)
    {
        var error = Assert.Throws<InvalidDataException>(() => PublicationPeriodPolicy.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "p.json"));

        Assert.StartsWith("公示期限政策文件“p.json”", error.Message, StringComparison.Ordinal);
    }
}
