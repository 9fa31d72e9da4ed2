using HebeiCredit.Auditing.Policies;
using HebeiCredit.Auditing.Publication.Periods;

namespace HebeiCredit.Auditing.Tests.Publication.Periods;

public sealed class PenaltyClassifierTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    private static PenaltyClassification Classify(Auditing.Publication.Records.PublicationRecord record) =>
        PenaltyClassifier.Classify(record, PublicationPeriodPolicy.Default, Today);

    [Fact]
    public void Classify_WarningOnlyUnderOrder36_IsMinorAndNotPublished()
    {
        var result = Classify(Pen.Record("冀石环罚〔2026〕31号", "2026-05-06", category: "警告", content: "适用简易程序，给予警告", fine: null));

        Assert.Equal("36号令", result.Version.Id);
        Assert.Equal("轻微", result.Class.Name);
        Assert.False(result.Class.Published);
        Assert.False(result.IsDefault);
        Assert.Equal(
            "按36号令（国家发展改革委令第36号《信用修复管理办法》；国办发〔2025〕22号），该处罚归为“轻微”：处罚类别仅为警告或通报批评，且未处罚款（处罚类别“警告”，未处罚款）。",
            result.Describe());
    }

    [Fact]
    public void Classify_WarningWithFineUnderOrder36_IsOrdinary()
    {
        var result = Classify(Pen.Record("冀石环罚〔2026〕32号", "2026-05-06", category: "警告、罚款", content: "警告并罚款2万元", fine: 2m));

        Assert.Equal("一般", result.Class.Name);
        Assert.True(result.IsDefault);
        Assert.Equal((3, 12), (result.MinMonths, result.MaxMonths));
        Assert.Equal(
            "按36号令（国家发展改革委令第36号《信用修复管理办法》；国办发〔2025〕22号），该处罚按默认类别“一般”处理：处罚类别、处罚内容、罚款金额未显示轻微或严重情形，按一般失信行为处理（处罚类别“警告、罚款”，罚款金额2万元）。",
            result.Describe());
    }

    [Fact]
    public void Classify_LicenceRevokedUnderOrder36_IsSerious()
    {
        var result = Classify(Pen.Record("冀石环罚〔2026〕33号", "2026-06-01", category: "吊销许可证件", content: "吊销排污许可证", fine: null));

        Assert.Equal(("严重", 12, 36), (result.Class.Name, result.MinMonths, result.MaxMonths));
    }

    [Fact]
    public void Classify_SpecialEquipmentUnderOrder58_HasTheOneYearMinimum()
    {
        var result = Classify(Pen.Record("冀石市监罚〔2024〕1号", "2024-03-01", authority: "石家庄市应急管理局", violation: "违反特种设备安全法"));

        Assert.Equal("58号令", result.Version.Id);
        Assert.Equal((12, 36), (result.MinMonths, result.MaxMonths));
        Assert.Equal("特种设备", result.LongerMinimum!.Name);
        Assert.EndsWith("因涉及特种设备领域，最短公示期为1年。", result.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_FoodUnderOrder58_SaysTheLongerMinimumIsUnconfirmed()
    {
        var result = Classify(Pen.Record("冀石卫罚〔2024〕2号", "2024-03-01", authority: "石家庄市卫生健康委员会", violation: "违反食品安全法"));

        Assert.Equal(12, result.MinMonths);
        Assert.EndsWith("因涉及食品领域，最短公示期为1年（未经核实的默认设置）。", result.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_OrdinaryUnder527_IsOrdinaryDishonestyWithOneYearMaximum()
    {
        var result = Classify(Pen.Record("冀石环罚〔2022〕5号", "2022-03-10"));

        Assert.Equal(("527号", "一般失信", 3, 12), (result.Version.Id, result.Class.Name, result.MinMonths, result.MaxMonths));
        Assert.Equal(new DateOnly(2023, 3, 10), result.MaxEnd);
    }

    [Fact]
    public void Classify_ProductionStoppedInFireSafetyUnder527_MayNotStopEarly()
    {
        var result = Classify(Pen.Record("冀石消罚〔2022〕6号", "2022-03-10", category: "责令停产停业", content: "责令停产停业", fine: null, authority: "石家庄市消防救援支队"));

        Assert.Equal(("严重失信", 6, 36), (result.Class.Name, result.MinMonths, result.MaxMonths));
        Assert.StartsWith("特定严重失信行为", result.NoEarlyStopReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("通报批评", null, "通报批评或较低数额罚款", 3)]
    [InlineData("罚款", 0.2, "通报批评或较低数额罚款", 3)]
    [InlineData("罚款", 5.0, "其他行政处罚", 36)]
    public void Classify_MarketRegulationPenalty_FollowsOrder45(string category, double? fine, string expectedClass, int max)
    {
        var result = Classify(Pen.Record("冀石市监罚〔2022〕7号", "2022-03-10", category: category, content: category, fine: (decimal?)fine, authority: Pen.Market));

        Assert.Equal(("市场监管总局令第45号", expectedClass, max), (result.Version.Id, result.Class.Name, result.MaxMonths));
    }

    [Fact]
    public void Classify_NoDecisionDate_UsesTheVersionInForceTodayWithoutPeriods()
    {
        var result = Classify(Pen.Record("冀石环罚〔2026〕9号", "2026-01-01") with { DecisionDate = null });

        Assert.Equal("36号令", result.Version.Id);
        Assert.Null(result.MaxEnd);
        Assert.Contains("处罚决定日期缺失，按核查日施行的版本处理，无法计算公示期限。", result.Describe(), StringComparison.Ordinal);
    }
}
