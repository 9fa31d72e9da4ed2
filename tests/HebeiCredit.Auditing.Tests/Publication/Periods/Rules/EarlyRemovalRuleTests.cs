using HebeiCredit.Auditing.Findings;

namespace HebeiCredit.Auditing.Tests.Publication.Periods.Rules;

public sealed class EarlyRemovalRuleTests
{
    [Fact]
    public void Evaluate_GoneBeforeTheMinimumWithoutRepair_Flags()
    {
        var findings = Audit.Run("2026-03-02", [Pen.Removed(Pen.Record("冀石环罚〔2025〕90号", "2025-11-30"), "2026-02-27", "2026-03-02")]);

        var finding = Assert.Single(findings);
        Assert.Equal(RuleIds.ExpEarlyRemoval, finding.RuleId);
        Assert.Equal("“冀石环罚〔2025〕90号”未满最短公示期被撤下", finding.Summary);
        Assert.Equal(
            "按58号令（国家发展改革委令第58号《失信行为纠正后的信用信息修复管理办法（试行）》），该处罚按默认类别“行政处罚信息”处理："
            + "本办法不区分严重程度，行政处罚信息统一适用最短3个月、最长3年（处罚类别“罚款”，罚款金额0.5万元）。"
            + "最短公示期3个月，自处罚决定日期2025-11-30起算，至2026-02-28届满；该记录最后一次于2026-02-27见于网站，2026-03-02核查时已撤下，且无全国信用修复决定，属违规撤下。",
            finding.Explanation);
        Assert.Equal("58号令", finding.Clause.Version);
    }

    [Fact]
    public void Evaluate_LastSeenOnTheMinimumsLastDay_IsNotAnEarlyRemoval()
    {
        var findings = Audit.Run("2026-03-02", [Pen.Removed(Pen.Record("冀石环罚〔2025〕90号", "2025-11-30"), "2026-02-28", "2026-03-02")]);

        Assert.DoesNotContain(findings, f => f.Summary.Contains("未满最短公示期", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_GoneBeforeTheMinimumWithRepair_DoesNotFlag() =>
        Assert.Empty(Audit.Run("2026-03-02", [Pen.Removed(Pen.Record("冀石环罚〔2025〕90号", "2025-11-30"), "2026-02-27", "2026-03-02")],
            Pen.Repair("冀石环罚〔2025〕90号", "2026-02-26")));

    [Fact]
    public void Evaluate_LongerMinimumOfSpecialEquipment_FlagsAfterThreeMonths()
    {
        var record = Pen.Record("冀石应急罚〔2025〕4号", "2025-06-10", violation: "违反特种设备安全法");

        var finding = Assert.Single(Audit.Run("2025-12-02", [Pen.Removed(record, "2025-12-01", "2025-12-02")]));

        Assert.Equal("“冀石应急罚〔2025〕4号”未满最短公示期被撤下", finding.Summary);
        Assert.Equal("涉及特种设备、安全生产、消防领域的行政处罚信息，最短公示期1年", finding.Clause.Clause);
    }

    [Fact]
    public void Evaluate_ProductionStoppedInFireSafetyRepairedAndGone_FlagsNoEarlyStop()
    {
        var record = Pen.Record("冀石消罚〔2022〕6号", "2022-03-10", category: "责令停产停业", content: "责令停产停业", fine: null, authority: "石家庄市消防救援支队");

        var finding = Assert.Single(Audit.Run("2022-12-06", [Pen.Removed(record, "2022-12-05", "2022-12-06")], Pen.Repair("冀石消罚〔2022〕6号", "2022-12-01")));

        Assert.Equal("“冀石消罚〔2022〕6号”不得提前停止公示却被撤下", finding.Summary);
        Assert.EndsWith(
            "特定严重失信行为（食品、药品、环境、工程质量、安全生产、消防等领域责令停产停业或吊销许可证照）在最长公示期内不予修复，最长公示期至2025-03-10届满；"
            + "该记录最后一次于2022-12-05见于网站，2022-12-06核查时已撤下。",
            finding.Explanation, StringComparison.Ordinal);
        Assert.Equal(2, finding.Evidence.Count);
    }

    [Fact]
    public void Evaluate_NotPublishableRecordGone_DoesNotFlag() =>
        Assert.Empty(Audit.Run("2026-06-10",
            [Pen.Removed(Pen.Record("冀石环罚〔2026〕31号", "2026-05-06", category: "警告", content: "适用简易程序，给予警告", fine: null), "2026-05-20", "2026-06-10")]));
}
