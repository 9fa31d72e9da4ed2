using HebeiCredit.Auditing.Calendar;
using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Notices;
using static HebeiCredit.Auditing.Tests.Notices.NoticeFixtures;

namespace HebeiCredit.Auditing.Tests.Notices;

public sealed class NoticeBuilderTests
{
    private static readonly NoticePeriod November = NoticePeriod.OfMonth(2026, 11);
    private static readonly DateOnly IssueDate = new(2026, 11, 23);

    private static IReadOnlyList<NoticeUnitInput> Province() =>
    [
        Unit("1301", "石家庄市", new UnitAvailability(336, 0), Rates("1301", reported: 10, late: 2, ledger: 10, missing: 0, source: 4, concealed: 1),
            Finding(RuleIds.WebColumnMissing, "repair"),
            Finding(RuleIds.WebColumnStale, "propaganda"),
            Finding(RuleIds.PubLate, "doc-1"),
            Finding(RuleIds.PubLate, "doc-2"),
            Finding(RuleIds.PubConcealed, "doc-3"),
            Finding(RuleIds.PubInvalidCode, "row-7", NoticeFindingStatus.Reported),
            Finding(RuleIds.WebHomeStale, "home", NoticeFindingStatus.Fixed)),
        Unit("1302", "唐山市", new UnitAvailability(336, 168), null,
            Finding(RuleIds.WebUnreachable, "home", unit: "1302"),
            Finding(RuleIds.ExpOverdue, "doc-9", unit: "1302"),
            Finding(RuleIds.RepNotSynced, "doc-10", unit: "1302")),
        Unit("1303", "秦皇岛市", null, Rates("1303", reported: 4, late: 0, ledger: 5, missing: 1, source: 0, concealed: 0)),
    ];

    private static NoticeModel Build(IReadOnlyList<NoticeUnitInput> units, NoticeModel? previous = null, NoticePeriod? period = null) =>
        NoticeBuilder.Build(period ?? November, IssueDate, units, previous, WorkingCalendar.Default);

    [Fact]
    public void Build_Figures_EqualTheFindingsTheyComeFrom()
    {
        var model = Build(Province());

        var shijiazhuang = model.Units.Single(u => u.Unit == "1301");
        Assert.Equal(6, shijiazhuang.OpenFindings);
        Assert.Equal(1, shijiazhuang.ReportedFindings);
        Assert.Equal(1, shijiazhuang.ColumnsMissing);
        Assert.Equal(1, shijiazhuang.ColumnsStale);
        Assert.Equal(1, shijiazhuang.InvalidCodes);
        Assert.Equal(0.2m, shijiazhuang.LateRate);
        Assert.Equal(0.25m, shijiazhuang.ConcealedRate);
        Assert.Equal(1m, shijiazhuang.AvailabilityRate);
        Assert.DoesNotContain(shijiazhuang.Rectification, r => r.RuleId == RuleIds.WebHomeStale);

        var tangshan = model.Units.Single(u => u.Unit == "1302");
        Assert.True(tangshan.Unreachable);
        Assert.Equal(0.5m, tangshan.AvailabilityRate);
        Assert.Equal(1, tangshan.Overdue);
        Assert.Equal(1, tangshan.Unsynced);
        Assert.Null(tangshan.LateRate);

        var t = model.Totals;
        Assert.Equal((3, 2, 9, 1), (t.Units, t.UnitsWithProblems, t.OpenFindings, t.ReportedFindings));
        Assert.Equal(0.75m, t.AverageAvailability);
        Assert.Equal(0.1m, t.AverageLateRate);
        Assert.Equal((2, 1, 1, 1, 1, 1), (t.Late, t.Missing, t.Concealed, t.Overdue, t.Unsynced, t.InvalidCodes));
        Assert.Equal(model.Units.Sum(u => u.Rectification.Count), t.OpenFindings);
        Assert.Equal(
            [
                "本期共检查3个单位，发现未整改问题9个，涉及2个单位；其中各单位报告已整改、待复核确认的1个。",
                "信用网站方面，平均可用率75.00%，1个单位网站无法正常访问，重点栏目缺失或不可用1个，栏目或首页不更新1个。",
                "“双公示”方面，平均迟报率10.00%，迟报2件，漏报1件，瞒报1件；超期公示、违规撤下、不应公示1个，信用修复结果未同步1个，统一社会信用代码错误1条。",
            ],
            model.Situation);
        Assert.Equal("关于2026年11月全省信用网站和“双公示”工作督导情况的通报", model.Title);
        Assert.Equal("各设区市、定州市、辛集市、雄安新区信用办，各县级市信用办：", model.Addressees);
    }

    [Fact]
    public void Build_Ranking_ByScoreThenOpenFindingsThenCode()
    {
        var model = Build(Province());

        // 1303: 100 - 0.2*30 = 94; 1301: 100 - 5 - 5 - 0.2*20 - 0.25*30 - 1 = 77.5; 1302: 100 - 20 - 3 - 3 = 74.
        Assert.Equal(["1303", "1301", "1302"], model.Units.Select(u => u.Unit));
        Assert.Equal([94m, 77.5m, 74m], model.Units.Select(u => u.Score));
        Assert.Equal([1, 2, 3], model.Units.Select(u => u.Rank));
        Assert.Equal(NoticeScore.Method, model.RankingMethod);
    }

    [Fact]
    public void Build_EqualScores_FewerOpenFindingsFirstThenCode()
    {
        var model = Build(
        [
            Unit("1305", "邢台市", null, null),
            Unit("1304", "邯郸市", null, null),
            Unit("1306", "保定市", null, null, Finding(RuleIds.PubLate, "doc", unit: "1306")),
        ]);

        Assert.Equal(["1304", "1305", "1306"], model.Units.Select(u => u.Unit));
    }

    [Fact]
    public void Build_DeadlineOverNationalDay_CountsWorkingDaysFromTheIssueDate()
    {
        // 2026-09-25..27 中秋, 10-01..07 国庆, Saturday 10-10 a working day.
        var model = NoticeBuilder.Build(NoticePeriod.OfMonth(2026, 9), new DateOnly(2026, 9, 24), Province(), null, WorkingCalendar.Default);

        Assert.Equal(new DateOnly(2026, 10, 15), model.Deadline);
        Assert.All(model.Units.SelectMany(u => u.Rectification), item => Assert.Equal(model.Deadline, item.Deadline));
        Assert.Equal(
            "请各单位对照所附整改清单逐项整改，于2026年10月15日前（10个工作日内）将整改情况报省信用办。省信用办将在下期检查中逐项复核，整改不到位的将再次通报。",
            model.Demand);
    }

    [Fact]
    public void Build_FindingFirstSeenAfterTheCutOff_BelongsToTheNextPeriod()
    {
        var late = new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.FromHours(8));
        var model = Build([Unit("1301", "石家庄市", null, null, Finding(RuleIds.WebSlow, "home", firstSeen: late), Finding(RuleIds.WebSlow, "other", firstSeen: late.AddSeconds(-1)))]);

        Assert.Equal("other的问题", Assert.Single(model.Units[0].Rectification).Summary);
    }

    [Fact]
    public void Build_WithPrevious_ReInspectsFixedStillOpenNewReopenedAndReported()
    {
        var before = Build(
        [
            Unit("1301", "石家庄市", null, null,
                Finding(RuleIds.WebColumnMissing, "repair"),
                Finding(RuleIds.WebColumnStale, "propaganda"),
                Finding(RuleIds.PubLate, "doc-1"),
                Finding(RuleIds.WebHomeStale, "home", NoticeFindingStatus.Fixed)),
        ]);
        var december = NoticePeriod.OfMonth(2026, 12);

        var after = Build(
        [
            Unit("1301", "石家庄市", null, null,
                Finding(RuleIds.WebColumnMissing, "repair", NoticeFindingStatus.Fixed),
                Finding(RuleIds.WebColumnStale, "propaganda"),
                Finding(RuleIds.PubLate, "doc-1", NoticeFindingStatus.Reported),
                Finding(RuleIds.WebHomeStale, "home", NoticeFindingStatus.Reopened),
                Finding(RuleIds.PubMissing, "doc-5")),
        ], before, december);

        Assert.Equal(new ReInspectionCounts(Fixed: 1, StillOpen: 1, New: 1, Reopened: 1, ReportedUnconfirmed: 1), after.ReInspection);
        Assert.Equal("2026年11月", after.PreviousPeriod);
        Assert.Equal(
            "对照2026年11月通报复核：已整改1个，仍未整改1个，新发现1个，整改后再次出现1个，报告已整改但尚待检查确认1个。",
            after.ReInspectionText);
        Assert.Equal(["2026-11", "2026-12"], after.Trend.Select(p => p.Period));
        Assert.Equal([3, 4], after.Trend.Select(p => p.OpenFindings));
    }

    [Fact]
    public void Build_FirstNotice_SaysThereIsNothingToReInspect()
    {
        var model = Build(Province());

        Assert.Null(model.ReInspection);
        Assert.Equal("本期为首次通报，无上期问题可供复核。", model.ReInspectionText);
    }

    [Fact]
    public void Build_TypicalProblems_MostFrequentRuleFirstWithAnExample()
    {
        var model = Build(Province());

        var first = model.TypicalProblems[0];
        Assert.Equal((RuleIds.PubLate, "迟报", 2), (first.RuleId, first.RuleName, first.Count));
        Assert.Equal(["石家庄市"], first.UnitNames);
        var firstLate = model.Units.Single(u => u.Unit == "1301").Rectification.First(r => r.RuleId == RuleIds.PubLate);
        Assert.Equal($"石家庄市：{firstLate.Summary}", first.Example);
    }
}
