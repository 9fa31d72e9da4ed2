using HebeiCredit.Auditing.Findings;

namespace HebeiCredit.Auditing.Tests.Publication.Periods.Rules;

public sealed class NotPublishableRuleTests
{
    [Fact]
    public void Evaluate_WarningOnlyDecidedUnder36Shown_Flags()
    {
        var record = Pen.Record("冀石环罚〔2026〕31号", "2026-05-06", category: "警告", content: "适用简易程序，给予警告", fine: null);

        var finding = Assert.Single(Audit.Run("2026-11-27", [Pen.Shown(record, "2026-11-27", firstSeen: "2026-05-10")]));

        Assert.Equal(RuleIds.ExpNotPublishable, finding.RuleId);
        Assert.Equal("“冀石环罚〔2026〕31号”不应公示", finding.Summary);
        Assert.Equal(
            "按36号令（国家发展改革委令第36号《信用修复管理办法》；国办发〔2025〕22号），该处罚归为“轻微”：处罚类别仅为警告或通报批评，且未处罚款（处罚类别“警告”，未处罚款）。"
            + "轻微失信行为的行政处罚信息不予公示；2026-11-27核查时仍在公示。",
            finding.Explanation);
        Assert.Equal("36号令", finding.Clause.Version);
    }

    [Fact]
    public void Evaluate_SimpleProcedureSmallFineUnder36_Flags()
    {
        var record = Pen.Record("冀石环罚〔2026〕35号", "2026-06-06", category: "罚款", content: "适用简易程序，罚款200元", fine: 0.02m);

        Assert.Equal(RuleIds.ExpNotPublishable, Assert.Single(Audit.Run("2026-11-27", [Pen.Shown(record, "2026-11-27")])).RuleId);
    }

    [Fact]
    public void Evaluate_WarningOnlyDecidedBefore36_DoesNotFlag() =>
        Assert.Empty(Audit.Run("2026-11-27",
            [Pen.Shown(Pen.Record("冀石环罚〔2026〕30号", "2026-03-31", category: "警告", content: "给予警告", fine: null), "2026-11-27")]));

    [Fact]
    public void Evaluate_MarketRegulationWarningOnly_FlagsUnder45()
    {
        var record = Pen.Record("冀石市监罚〔2024〕12号", "2024-05-06", category: "警告", content: "给予警告", fine: null, authority: Pen.Market);

        Assert.Equal("市场监管总局令第45号", Assert.Single(Audit.Run("2024-06-01", [Pen.Shown(record, "2024-06-01")])).Clause.Version);
    }
}
