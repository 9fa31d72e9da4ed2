using HebeiCredit.Auditing.Calendar;
using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Policies;
using HebeiCredit.Auditing.Publication;
using HebeiCredit.Auditing.Publication.Audit;
using HebeiCredit.Auditing.Publication.Records;

namespace HebeiCredit.Auditing.Tests.Publication.Audit;

public sealed class PublicationAuditTests
{
    private const string Doc = "冀石环罚〔2025〕88号";

    private static PublicationAuditResult Run(string today, params PublicationRecord[] records) =>
        PublicationAudit.Evaluate(Rec.Unit, records, DeadlinePolicy.Default, WorkingCalendar.Default, DateOnly.Parse(today));

    private static IEnumerable<Finding> Of(PublicationAuditResult result, string ruleId) => result.Findings.Where(f => f.RuleId == ruleId);

    // 2025-09-28 is a working Sunday (调休); 10-01..10-08 is 国庆/中秋; 10-11 a working Saturday: the 7th working day is 10-14.
    [Fact]
    public void Evaluate_DecisionBeforeNationalDayReportedOnTheDeadline_IsOnTime()
    {
        var result = Run("2025-11-28", Rec.Ledger(Doc, "2025-09-28"), Rec.Platform(Doc, "2025-09-28", "2025-10-14"));

        Assert.Empty(result.Findings);
        Assert.Equal((1, 1, 0), (result.Total.Reported, result.Total.OnTime, result.Total.Late));
    }

    [Fact]
    public void Evaluate_DecisionBeforeNationalDayReportedAfterIt_IsLateByWorkingDays()
    {
        var result = Run("2025-11-28", Rec.Ledger(Doc, "2025-09-28", row: 4), Rec.Platform("冀石环罚[2025]第088号", "2025-09-28", "2025-10-17", row: 9));

        var finding = Assert.Single(result.Findings);
        Assert.Equal(RuleIds.PubLate, finding.RuleId);
        Assert.Equal($"冀石环罚〔2025〕88号#{Rec.Environment}", finding.Subject);
        Assert.Equal("“冀石环罚〔2025〕88号”迟报3个工作日", finding.Summary);
        Assert.Equal("处罚决定日期2025-09-28，应于2025-10-14前报送（7个工作日），实际于2025-10-17报送，迟报3个工作日。", finding.Explanation);
        Assert.Equal("国办发〔2015〕51号；河北省社会信用体系建设领导小组《关于进一步提升全省信用状况的行动方案》（2021）", finding.Clause.Document);
        Assert.StartsWith("（十八）", finding.Clause.Clause);
        Assert.Equal(DeadlinePolicy.Default.Version, finding.Clause.Version);
        Assert.Equal(
            [("ledger.csv", 4, "处罚决定日期", "报送台账“ledger.csv”第4行：2025-09-28"), ("platform.csv", 9, "报送时间", "省平台报送记录“platform.csv”第9行：2025-10-17")],
            finding.Evidence.Select(e => (e.File!, e.Row!.Value, e.Field!, e.Description)));
        Assert.Equal((1, 0, 1), (result.Total.Reported, result.Total.OnTime, result.Total.Late));
        Assert.Equal(1m, result.Total.LateRate);
    }

    // 春节 2026: 02-15..02-23 off, 02-14 and 02-28 working Saturdays; decision 02-12 + 7 working days = 02-28.
    [Fact]
    public void Evaluate_AcrossSpringFestival2026_CountsTheWorkingSaturdays()
    {
        var onTime = Run("2026-04-01", Rec.Ledger(Doc, "2026-02-12"), Rec.Platform(Doc, "2026-02-12", "2026-02-28"));
        var late = Run("2026-04-01", Rec.Ledger(Doc, "2026-02-12"), Rec.Platform(Doc, "2026-02-12", "2026-03-03"));

        Assert.Empty(onTime.Findings);
        Assert.Equal("处罚决定日期2026-02-12，应于2026-02-28前报送（7个工作日），实际于2026-03-03报送，迟报2个工作日。", Assert.Single(late.Findings).Explanation);
    }

    [Fact]
    public void Evaluate_ReportedOnANonWorkingDayAfterTheDeadline_IsLateWithoutWorkingDays()
    {
        // Deadline Friday 2025-06-13 (decision 2025-06-04); reported Saturday 06-14.
        var finding = Assert.Single(Run("2025-07-01", Rec.Ledger(Doc, "2025-06-04"), Rec.Platform(Doc, "2025-06-04", "2025-06-14")).Findings);

        Assert.Equal("“冀石环罚〔2025〕88号”迟报", finding.Summary);
        Assert.Equal("处罚决定日期2025-06-04，应于2025-06-13前报送（7个工作日），实际于2025-06-14报送，超过期限1天（其间均为非工作日），迟报。", finding.Explanation);
    }

    [Fact]
    public void Evaluate_ReportedTwiceOnceLate_UsesTheEarliestReceipt()
    {
        var result = Run("2025-11-28", Rec.Ledger(Doc, "2025-09-28"), Rec.Platform(Doc, "2025-09-28", "2025-10-20", row: 2), Rec.Platform(Doc, "2025-09-28", "2025-10-13", row: 3));

        Assert.Empty(Of(result, RuleIds.PubLate));
        Assert.Equal(1, result.Total.OnTime);
    }

    [Fact]
    public void Evaluate_NotReportedOnTheDeadlineDay_IsPendingNotMissing()
    {
        var result = Run("2025-10-14", Rec.Ledger(Doc, "2025-09-28"));

        Assert.Empty(result.Findings);
        Assert.Equal((1, 0, 1), (result.Total.LedgerDecisions, result.Total.Missing, result.Total.Pending));
        Assert.Equal(0m, result.Total.MissingRate);
    }

    [Fact]
    public void Evaluate_NotReportedTheDayAfterTheDeadline_IsMissing()
    {
        var result = Run("2025-10-15", Rec.Ledger(Doc, "2025-09-28", row: 6));

        var finding = Assert.Single(result.Findings);
        Assert.Equal(RuleIds.PubMissing, finding.RuleId);
        Assert.Equal("“冀石环罚〔2025〕88号”漏报", finding.Summary);
        Assert.Equal("处罚决定日期2025-09-28，应于2025-10-14前报送（7个工作日），截至2025-10-15省平台报送记录中仍无此决定，漏报。", finding.Explanation);
        Assert.Equal(("ledger.csv", 6, "处罚决定日期"), (finding.Evidence[0].File, finding.Evidence[0].Row, finding.Evidence[0].Field));
        Assert.Equal((1, 0), (result.Total.Missing, result.Total.Pending));
        Assert.Equal(1m, result.Total.MissingRate);
    }

    [Fact]
    public void Evaluate_MarketRegulationPenalty_Has20WorkingDays()
    {
        // 2025-06-03 + 20 working days (端午 05-31..06-02 already over) = 2025-07-01; + 7 = 2025-06-12.
        var penalty = Run("2025-08-01", Rec.Ledger(Doc, "2025-06-03", authority: Rec.Market), Rec.Platform(Doc, "2025-06-03", "2025-07-01", authority: Rec.Market));
        var missing = Run("2025-07-02", Rec.Ledger(Doc, "2025-06-03", authority: Rec.Market));
        var licence = Run("2025-08-01",
            Rec.Ledger("冀石市监许〔2025〕3号", "2025-06-03", authority: Rec.Market, kind: DecisionKind.Licensing),
            Rec.Platform("冀石市监许〔2025〕3号", "2025-06-03", "2025-06-20", authority: Rec.Market, kind: DecisionKind.Licensing));

        Assert.Empty(penalty.Findings);
        var finding = Assert.Single(missing.Findings);
        Assert.Equal("处罚决定日期2025-06-03，应于2025-07-01前报送（20个工作日），截至2025-07-02省平台报送记录中仍无此决定，漏报。", finding.Explanation);
        Assert.Equal("国家市场监督管理总局令第45号《市场监督管理行政处罚信息公示规定》", finding.Clause.Document);
        Assert.Equal("许可决定日期2025-06-03，应于2025-06-12前报送（7个工作日），实际于2025-06-20报送，迟报6个工作日。", Assert.Single(licence.Findings).Explanation);
    }

    [Theory]
    [InlineData("石家庄市市场监管局")]
    [InlineData("石家庄市市场监督管理局长安分局")]
    [InlineData("石家庄市 市场监督管理局")]
    public void Evaluate_MarketRegulationAuthorityNamedAnyWay_Has20WorkingDays(string authority) =>
        Assert.Empty(Run("2025-07-01", Rec.Ledger(Doc, "2025-06-03", authority: authority)).Findings);

    [Fact]
    public void Evaluate_MarketRegulationPenaltyBeforeOrder45_Has7WorkingDays() =>
        Assert.Equal(RuleIds.PubMissing, Assert.Single(Run("2021-12-31", Rec.Ledger(Doc, "2021-08-02", authority: Rec.Market)).Findings).RuleId);

    [Fact]
    public void Evaluate_SourceDecisionInNeitherLedgerNorPlatform_IsConcealed()
    {
        var result = Run("2025-11-28", Rec.Source(Doc, "2025-10-09", row: 12));

        var finding = Assert.Single(result.Findings);
        Assert.Equal(RuleIds.PubConcealed, finding.RuleId);
        Assert.Equal("“冀石环罚〔2025〕88号”瞒报", finding.Summary);
        Assert.Equal("独立来源“sources.csv”第12行载有此决定（处罚决定日期2025-10-09），但报送台账和省平台报送记录中均无此决定，瞒报。", finding.Explanation);
        Assert.Equal("河北省社会信用体系建设领导小组《关于进一步提升全省信用状况的行动方案》（2021）", finding.Clause.Document);
        Assert.Equal(("sources.csv", 12, "行政处罚决定书文号"), (finding.Evidence[0].File, finding.Evidence[0].Row, finding.Evidence[0].Field));
        Assert.Equal((1, 1, 1m), (result.Total.SourceDecisions, result.Total.Concealed, result.Total.ConcealedRate));
    }

    [Fact]
    public void Evaluate_SourceDecisionInLedgerOrPlatform_IsNotConcealed()
    {
        var inLedger = Run("2025-10-10", Rec.Source(Doc, "2025-10-09"), Rec.Ledger("冀石环罚（2025）88号", "2025-10-09"));
        var reported = Run("2025-11-28", Rec.Source(Doc, "2025-10-09"), Rec.Platform(Doc, "2025-10-09", "2025-10-10"));

        Assert.Empty(inLedger.Findings);
        Assert.Empty(reported.Findings);
        Assert.Equal((1, 0, 0m), (reported.Total.SourceDecisions, reported.Total.Concealed, reported.Total.ConcealedRate));
    }

    [Fact]
    public void Evaluate_SameNumberFromAnotherAuthority_IsAnotherDecision()
    {
        var result = Run("2025-11-28", Rec.Ledger("〔2025〕1号", "2025-10-09"), Rec.Platform("〔2025〕1号", "2025-10-09", "2025-10-10", authority: Rec.Market));

        Assert.Equal(2, result.Total.Decisions);
        Assert.Equal($"〔2025〕1号#{Rec.Environment}", Assert.Single(Of(result, RuleIds.PubMissing)).Subject);
    }

    [Fact]
    public void Evaluate_RecordWithoutAuthority_JoinsTheOnlyDecisionOfItsNumber()
    {
        var result = Run("2025-11-28", Rec.Ledger(Doc, "2025-10-09") with { Authority = null }, Rec.Platform(Doc, "2025-10-09", "2025-10-10"));

        Assert.Empty(result.Findings);
        Assert.Equal(1, result.Total.Decisions);
    }

    [Fact]
    public void Evaluate_ReportedTwice_IsOneDuplicateListingEveryRow()
    {
        var result = Run("2025-11-28",
            Rec.Ledger(Doc, "2025-10-09"),
            Rec.Platform(Doc, "2025-10-09", "2025-10-10", row: 3),
            Rec.Platform("冀石环罚[2025]0088号", "2025-10-09", "2025-10-11", row: 7, file: "platform-2.csv"));

        var finding = Assert.Single(result.Findings);
        Assert.Equal(RuleIds.PubDuplicate, finding.RuleId);
        Assert.Equal($"冀石环罚〔2025〕88号#{Rec.Environment}", finding.Subject);
        Assert.Equal("“冀石环罚〔2025〕88号”重复报送", finding.Summary);
        Assert.Equal("“冀石环罚〔2025〕88号”在省平台报送记录中出现2次（“platform.csv”第3行、“platform-2.csv”第7行），同一决定重复报送。", finding.Explanation);
        Assert.Equal([("platform.csv", 3), ("platform-2.csv", 7)], finding.Evidence.Select(e => (e.File!, e.Row!.Value)));
        Assert.Equal(1, result.Total.Reported);
    }

    [Fact]
    public void Evaluate_ReportedAndPublishedTwice_IsOneFindingNamingBoth()
    {
        var result = Run("2025-11-28",
            Rec.Platform(Doc, "2025-10-09", "2025-10-10", row: 3), Rec.Platform(Doc, "2025-10-09", "2025-10-10", row: 4),
            Rec.Published(Doc, "2025-10-09", row: 5), Rec.Published(Doc, "2025-10-09", row: 6));

        Assert.Equal(
            "“冀石环罚〔2025〕88号”在省平台报送记录中出现2次（“platform.csv”第3行、“platform.csv”第4行）；在网站公示记录中出现2次（“published.csv”第5行、“published.csv”第6行），同一决定重复报送和重复公示。",
            Assert.Single(Of(result, RuleIds.PubDuplicate)).Explanation);
    }

    [Fact]
    public void Evaluate_PublishedOnceAndReportedOnce_IsNoDuplicate() =>
        Assert.Empty(Run("2025-11-28", Rec.Ledger(Doc, "2025-10-09"), Rec.Platform(Doc, "2025-10-09", "2025-10-10"), Rec.Published(Doc, "2025-10-09")).Findings);

    [Fact]
    public void Evaluate_DecisionInAYearTheCalendarLacks_IsReportedNotCrashed()
    {
        var result = Run("2025-11-28", Rec.Ledger(Doc, "2018-06-01", row: 3), Rec.Ledger("冀石环罚〔2025〕1号", "2025-10-09", row: 4), Rec.Platform("冀石环罚〔2025〕1号", "2025-10-09", "2025-10-10"));

        var finding = Assert.Single(result.Findings);
        Assert.Equal(RuleIds.PubInvalidField, finding.RuleId);
        Assert.Equal("ledger.csv#3#处罚决定日期", finding.Subject);
        Assert.Equal("报送台账“ledger.csv”第3行“处罚决定日期”2018-06-01：工作日历未包含2018年的节假日安排（国务院办公厅通知），无法计算报送期限，未作时限审核。", finding.Explanation);
        Assert.Equal((2, 1, 0, 0, 1), (result.Total.LedgerDecisions, result.Total.OnTime, result.Total.Missing, result.Total.Pending, result.Total.Invalid));
    }

    [Fact]
    public void Evaluate_DeadlineRunningPastTheCalendar_IsReportedNotCrashed()
    {
        var decided = new DateOnly(WorkingCalendar.Default.LastYear, 12, 28).ToString("yyyy-MM-dd");

        var finding = Assert.Single(Run(decided, Rec.Ledger(Doc, decided)).Findings);

        Assert.Contains($"工作日历未包含{WorkingCalendar.Default.LastYear + 1}年的节假日安排", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_SameInputTwice_GivesTheSameFindingKeys()
    {
        PublicationRecord[] records = [Rec.Ledger(Doc, "2025-09-28"), Rec.Platform(Doc, "2025-09-28", "2025-10-17"), Rec.Source("冀石环罚〔2025〕2号", "2025-10-09")];

        Assert.Equal(Run("2025-11-28", records).Findings.Select(f => f.Key), Run("2025-11-28", records).Findings.Select(f => f.Key));
    }

    [Fact]
    public void Evaluate_SameRowsHandedOverTwice_AreNoDuplicate()
    {
        PublicationRecord[] once = [Rec.Ledger(Doc, "2025-10-09"), Rec.Platform(Doc, "2025-10-09", "2025-10-10"), Rec.Published(Doc, "2025-10-09")];

        var result = Run("2025-11-28", [.. once, .. once]);

        Assert.Empty(result.Findings);
        Assert.Equal((1, 1, 1), (result.Total.Decisions, result.Total.Reported, result.Total.OnTime));
    }

    [Fact]
    public void Evaluate_RecordOfAnotherUnit_Throws() =>
        Assert.Throws<ArgumentException>(() => Run("2025-11-28", Rec.Ledger(Doc, "2025-09-28") with { Unit = "1302" }));
}
