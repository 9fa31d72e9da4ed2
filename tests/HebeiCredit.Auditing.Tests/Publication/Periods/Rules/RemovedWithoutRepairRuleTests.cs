using HebeiCredit.Auditing.Findings;

namespace HebeiCredit.Auditing.Tests.Publication.Periods.Rules;

public sealed class RemovedWithoutRepairRuleTests
{
    [Fact]
    public void Evaluate_GoneBetweenMinimumAndMaximumWithoutRepair_FlagsAsEarlyRemoval()
    {
        var findings = Audit.Run("2026-01-06", [Pen.Removed(Pen.Record("冀石环罚〔2025〕50号", "2025-06-10"), "2026-01-05", "2026-01-06")]);

        var finding = Assert.Single(findings);
        Assert.Equal(RuleIds.ExpEarlyRemoval, finding.RuleId);
        Assert.Equal("“冀石环罚〔2025〕50号”未经信用修复提前撤下", finding.Summary);
        Assert.EndsWith(
            "最短公示期已于2025-09-10届满，最长公示期至2028-06-10届满；该记录最后一次于2026-01-05见于网站，2026-01-06核查时已撤下，"
            + "但“信用中国”无该处罚的信用修复决定：最长公示期届满前停止公示须经信用修复。",
            finding.Explanation, StringComparison.Ordinal);
        Assert.Equal(new PolicyClause("国家发展改革委令第58号《失信行为纠正后的信用信息修复管理办法（试行）》", "最短公示期满后，经信用修复方可提前停止公示", "58号令"), finding.Clause);
    }

    [Fact]
    public void Evaluate_GoneWithRepair_DoesNotFlag() =>
        Assert.Empty(Audit.Run("2026-01-06", [Pen.Removed(Pen.Record("冀石环罚〔2025〕50号", "2025-06-10"), "2026-01-05", "2026-01-06")],
            Pen.Repair("冀石环罚〔2025〕50号", "2026-01-04")));

    [Fact]
    public void Evaluate_RepairDecidedAfterTheRemovalWasSeen_StillFlags() =>
        Assert.Single(Audit.Run("2026-01-08", [Pen.Removed(Pen.Record("冀石环罚〔2025〕50号", "2025-06-10"), "2026-01-05", "2026-01-06")],
            Pen.Repair("冀石环罚〔2025〕50号", "2026-01-07")));

    [Fact]
    public void Evaluate_GoneAfterTheMaximum_DoesNotFlag() =>
        Assert.Empty(Audit.Run("2023-03-11", [Pen.Removed(Pen.Record("冀石环罚〔2022〕5号", "2022-03-10"), "2023-03-10", "2023-03-11")]));

    [Fact]
    public void Evaluate_GoneAfterItsOwnPublicationEnd_DoesNotFlag() =>
        Assert.Empty(Audit.Run("2026-01-06", [Pen.Removed(Pen.Record("冀石环罚〔2025〕50号", "2025-06-10", publicationEnd: "2025-12-10"), "2026-01-05", "2026-01-06")]));

    [Fact]
    public void Evaluate_GoneBeforeItsOwnPublicationEnd_Flags() =>
        Assert.Single(Audit.Run("2026-01-06", [Pen.Removed(Pen.Record("冀石环罚〔2025〕50号", "2025-06-10", publicationEnd: "2026-06-10"), "2026-01-05", "2026-01-06")]));
}
