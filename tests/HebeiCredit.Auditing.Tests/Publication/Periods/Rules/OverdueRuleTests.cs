using HebeiCredit.Auditing.Findings;

namespace HebeiCredit.Auditing.Tests.Publication.Periods.Rules;

public sealed class OverdueRuleTests
{
    [Fact]
    public void Evaluate_ShownAfterTheMaximum_FlagsWithTheVersionAndDaysOver()
    {
        var findings = Audit.Run("2024-01-15", [Pen.Shown(Pen.Record("冀石环罚〔2023〕3号", "2023-01-10"), "2024-01-15", firstSeen: "2023-01-20")]);

        var finding = Assert.Single(findings);
        Assert.Equal(RuleIds.ExpOverdue, finding.RuleId);
        Assert.Equal("“冀石环罚〔2023〕3号”超期公示", finding.Summary);
        Assert.Equal(
            "按527号（发改办财金〔2019〕527号《关于进一步完善“信用中国”网站及地方信用门户网站行政处罚信息信用修复机制的通知》），"
            + "该处罚按默认类别“一般失信”处理：处罚类别、处罚内容未显示严重失信情形，按一般失信行为处理（处罚类别“罚款”，罚款金额0.5万元）。"
            + "最长公示期1年，自处罚决定日期2023-01-10起算，至2024-01-10届满；2024-01-15核查时仍在公示，已超期5天。",
            finding.Explanation);
        Assert.Equal("527号", finding.Clause.Version);
        Assert.Equal("涉及一般失信行为的行政处罚信息，最短公示期3个月，最长公示期1年", finding.Clause.Clause);
        Assert.Equal("行政处罚公示列表 2024-01-15", Assert.Single(finding.Evidence).Description);
    }

    [Fact]
    public void Evaluate_ShownOnTheLastDayOfTheMaximum_DoesNotFlag() =>
        Assert.Empty(Audit.Run("2024-01-10", [Pen.Shown(Pen.Record("冀石环罚〔2023〕3号", "2023-01-10"), "2024-01-10")]));

    [Fact]
    public void Evaluate_DecidedUnder527AuditedUnder58_KeepsThe527Maximum()
    {
        var findings = Audit.Run("2024-06-01",
        [
            Pen.Shown(Pen.Record("冀石环罚〔2023〕41号", "2023-04-30"), "2024-06-01"),
            Pen.Shown(Pen.Record("冀石环罚〔2023〕42号", "2023-05-01"), "2024-06-01"),
        ]);

        var finding = Assert.Single(findings);
        Assert.Equal("冀石环罚〔2023〕41号", finding.Subject);
        Assert.EndsWith("至2024-04-30届满；2024-06-01核查时仍在公示，已超期32天。", finding.Explanation, StringComparison.Ordinal);
        Assert.Equal("527号", finding.Clause.Version);
    }

    [Fact]
    public void Evaluate_ShownAfterItsOwnPublicationEnd_FlagsThatDate()
    {
        var findings = Audit.Run("2025-08-01", [Pen.Shown(Pen.Record("冀石环罚〔2025〕8号", "2025-01-10", publicationEnd: "2025-07-10"), "2025-08-01")]);

        var finding = Assert.Single(findings);
        Assert.EndsWith("记录所载公示截止期为2025-07-10；2025-08-01核查时仍在公示，已超期22天。", finding.Explanation, StringComparison.Ordinal);
        Assert.Equal(new PolicyClause("国家发展改革委令第58号《失信行为纠正后的信用信息修复管理办法（试行）》", "公示截止期届满后应停止公示（记录所载公示截止期）", "58号令"), finding.Clause);
    }

    [Fact]
    public void Evaluate_OpenEndedPublicationEndWithinTheMaximum_DoesNotFlag() =>
        Assert.Empty(Audit.Run("2025-08-01", [Pen.Shown(Pen.Record("冀石环罚〔2025〕8号", "2025-01-10", publicationEnd: "2099-12-31"), "2025-08-01")]));

    [Fact]
    public void Evaluate_TakenDownAfterTheMaximum_DoesNotFlag() =>
        Assert.Empty(Audit.Run("2024-02-01", [Pen.Removed(Pen.Record("冀石环罚〔2023〕3号", "2023-01-10"), "2024-01-10", "2024-01-11")]));
}
