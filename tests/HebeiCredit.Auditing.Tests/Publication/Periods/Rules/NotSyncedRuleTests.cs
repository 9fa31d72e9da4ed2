using HebeiCredit.Auditing.Findings;

namespace HebeiCredit.Auditing.Tests.Publication.Periods.Rules;

public sealed class NotSyncedRuleTests
{
    private static readonly Auditing.Publication.Records.PublicationRecord Record = Pen.Record("冀石环罚〔2026〕60号", "2026-05-06", category: "罚款", fine: 3m);

    [Fact]
    public void Evaluate_StillShownAfterThreeWorkingDays_Flags()
    {
        var finding = Assert.Single(Audit.Run("2026-11-27", [Pen.Shown(Record, "2026-11-27")], Pen.Repair("冀石环罚〔2026〕60号", "2026-11-20")));

        Assert.Equal(RuleIds.RepNotSynced, finding.RuleId);
        Assert.Equal("“冀石环罚〔2026〕60号”修复结果未同步", finding.Summary);
        Assert.Equal(
            "“信用中国”于2026-11-20作出信用修复决定（信用修复），地方信用网站应在3个工作日内（至2026-11-25）同步停止公示；2026-11-27核查时仍在公示，超过时限2个工作日。",
            finding.Explanation);
        Assert.Equal("36号令", finding.Clause.Version);
        Assert.Equal("“信用中国”网站作出信用修复决定后，地方信用平台网站应在3个工作日内同步修复结果", finding.Clause.Clause);
        Assert.Equal(["行政处罚公示列表 2026-11-27", "全国信用修复结果“repairs.csv”第2行：修复决定日期2026-11-20"], finding.Evidence.Select(e => e.Description));
    }

    [Fact]
    public void Evaluate_FiveCalendarButThreeWorkingDaysAfterTheRepair_DoesNotFlag() =>
        Assert.Empty(Audit.Run("2026-11-25", [Pen.Shown(Record, "2026-11-25")], Pen.Repair("冀石环罚〔2026〕60号", "2026-11-20")));

    [Fact]
    public void Evaluate_RepairedOneWorkingDayAgo_DoesNotFlag() =>
        Assert.Empty(Audit.Run("2026-11-27", [Pen.Shown(Record, "2026-11-27")], Pen.Repair("冀石环罚〔2026〕60号", "2026-11-26")));

    [Fact]
    public void Evaluate_RepairedAndTakenDown_DoesNotFlag() =>
        Assert.Empty(Audit.Run("2026-11-27", [Pen.Removed(Record, "2026-11-23", "2026-11-27")], Pen.Repair("冀石环罚〔2026〕60号", "2026-11-20")));

    [Fact]
    public void Evaluate_RepairOfAnotherDocument_DoesNotFlag() =>
        Assert.Empty(Audit.Run("2026-11-27", [Pen.Shown(Record, "2026-11-27")], Pen.Repair("冀石环罚〔2026〕61号", "2026-11-20")));

    [Fact]
    public void Evaluate_RepairAcrossTheNationalDayHoliday_CountsWorkingDays()
    {
        var record = Pen.Record("冀石环罚〔2026〕62号", "2026-05-06", category: "罚款", fine: 3m);

        var quiet = Audit.Run("2026-10-09", [Pen.Shown(record, "2026-10-09")], Pen.Repair("冀石环罚〔2026〕62号", "2026-09-29"));

        var late = Audit.Run("2026-10-10", [Pen.Shown(record, "2026-10-10")], Pen.Repair("冀石环罚〔2026〕62号", "2026-09-29"));

        Assert.Empty(quiet.Of(RuleIds.RepNotSynced));
        Assert.EndsWith("（至2026-10-09）同步停止公示；2026-10-10核查时仍在公示，超过时限1个工作日。", Assert.Single(late.Of(RuleIds.RepNotSynced)).Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_RepairDecidedAfterTheLatestLook_DoesNotFlag() =>
        Assert.Empty(Audit.Run("2026-11-27", [Pen.Shown(Record, "2026-11-27")], Pen.Repair("冀石环罚〔2026〕60号", "2048-01-05")));

    [Fact]
    public void Evaluate_RepairOfAnotherSubjectWithTheSameDocumentNumber_DoesNotFlag() =>
        Assert.Empty(Audit.Run("2026-11-27", [Pen.Shown(Record, "2026-11-27")],
            Pen.Repair("冀石环罚〔2026〕60号", "2026-11-20") with { SubjectCreditCode = "91130200MA0E2B3MXK" }));

    [Fact]
    public void Evaluate_TwoRepairsOfTheRecord_CountsFromTheEarliest() =>
        Assert.Contains("于2026-11-19作出信用修复决定", Assert.Single(Audit.Run("2026-11-27", [Pen.Shown(Record, "2026-11-27")],
            Pen.Repair("冀石环罚〔2026〕60号", "2026-11-20"), Pen.Repair("冀石环罚〔2026〕60号", "2026-11-19", row: 3))).Explanation, StringComparison.Ordinal);
}
