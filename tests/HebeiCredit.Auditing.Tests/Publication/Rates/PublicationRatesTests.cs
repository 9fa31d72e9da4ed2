using HebeiCredit.Auditing.Calendar;
using HebeiCredit.Auditing.Policies;
using HebeiCredit.Auditing.Publication;
using HebeiCredit.Auditing.Publication.Audit;
using HebeiCredit.Auditing.Publication.Rates;
using HebeiCredit.Auditing.Tests.Publication.Audit;

namespace HebeiCredit.Auditing.Tests.Publication.Rates;

public sealed class PublicationRatesTests
{
    [Fact]
    public void Rates_NoDenominators_AreNullAndPrintAsDash()
    {
        var rates = new PublicationRates("1301", null, null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        Assert.Null(rates.LateRate);
        Assert.Null(rates.MissingRate);
        Assert.Null(rates.ConcealedRate);
        Assert.Equal("1301 全部：决定0件，台账0件，已报送0件（按时0件、迟报0件），漏报0件，待报0件，独立来源0件（瞒报0件），无效0条；迟报率—，漏报率—，瞒报率—", rates.Describe());
    }

    [Fact]
    public void Rates_Thirds_AreRoundedToFourPlaces()
    {
        var rates = new PublicationRates("1301", "石家庄市生态环境局", null, 3, 3, 3, 2, 1, 0, 0, 3, 2, 0);

        Assert.Equal(0.3333m, rates.LateRate);
        Assert.Equal(0m, rates.MissingRate);
        Assert.Equal(0.6667m, rates.ConcealedRate);
        Assert.EndsWith("迟报率33.33%，漏报率0.00%，瞒报率66.67%", rates.Describe(), StringComparison.Ordinal);
        Assert.StartsWith("1301 石家庄市生态环境局：", rates.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_MixedUnit_CountsPerUnitDepartmentAndKind()
    {
        const string env = Rec.Environment;
        const string market = Rec.Market;
        var records = new[]
        {
            // Environment, penalties: one on time, one late, one missing, one pending.
            Rec.Ledger("环罚〔2025〕1号", "2025-11-03"), Rec.Platform("环罚〔2025〕1号", "2025-11-03", "2025-11-04"),
            Rec.Ledger("环罚〔2025〕2号", "2025-11-03"), Rec.Platform("环罚〔2025〕2号", "2025-11-03", "2025-11-20"),
            Rec.Ledger("环罚〔2025〕3号", "2025-11-03"),
            Rec.Ledger("环罚〔2025〕4号", "2025-11-20"),

            // Market regulation, licences: one on time (also known from a source), one concealed, one missing with an invalid row.
            Rec.Ledger("市监许〔2025〕1号", "2025-11-03", authority: market, kind: DecisionKind.Licensing),
            Rec.Platform("市监许〔2025〕1号", "2025-11-03", "2025-11-05", authority: market, kind: DecisionKind.Licensing),
            Rec.Source("市监许〔2025〕2号", "2025-11-03", authority: market, kind: DecisionKind.Licensing),
            Rec.Source("市监许〔2025〕1号", "2025-11-03", authority: market, kind: DecisionKind.Licensing),
            Rec.Ledger("市监许〔2025〕9号", "2025-11-03", authority: market, kind: DecisionKind.Licensing) with { InvalidFields = ["行政相对人代码_1(统一社会信用代码)"] },
        };

        // Each its own row, as a reader would number them.
        var rows = records.Select((r, i) => r with { Row = i + 2 });
        var result = PublicationAudit.Evaluate("1301", rows, DeadlinePolicy.Default, WorkingCalendar.Default, new DateOnly(2025, 11, 28));

        var total = result.Total;
        Assert.Equal((7, 6, 3, 2, 1, 2, 1, 2, 1, 1), (total.Decisions, total.LedgerDecisions, total.Reported, total.OnTime, total.Late, total.Missing, total.Pending, total.SourceDecisions, total.Concealed, total.Invalid));
        Assert.Equal((0.3333m, 0.3333m, 0.5m), (total.LateRate, total.MissingRate, total.ConcealedRate));

        Assert.Equal([market, env], result.ByDepartment.Select(r => r.Department));
        var environment = result.ByDepartment[1];
        Assert.Equal((4, 4, 2, 1, 1, 1), (environment.Decisions, environment.LedgerDecisions, environment.Reported, environment.Late, environment.Missing, environment.Pending));
        Assert.Equal((0.5m, 0.25m, (decimal?)null), (environment.LateRate, environment.MissingRate, environment.ConcealedRate));
        var marketRates = result.ByDepartment[0];
        Assert.Equal((3, 2, 2, 1, 1, 1), (marketRates.Decisions, marketRates.LedgerDecisions, marketRates.SourceDecisions, marketRates.Concealed, marketRates.Invalid, marketRates.Missing));

        Assert.Equal([DecisionKind.Licensing, DecisionKind.Penalty], result.ByKind.Select(r => r.Kind!.Value));
        Assert.Equal("行政许可", result.ByKind[0].Scope);
        Assert.Equal((0m, 0.5m), (result.ByKind[0].LateRate!.Value, result.ByKind[0].MissingRate!.Value));
    }
}
