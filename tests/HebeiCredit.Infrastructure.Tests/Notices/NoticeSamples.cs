using HebeiCredit.Auditing.Calendar;
using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Notices;
using HebeiCredit.Auditing.Publication.Rates;

namespace HebeiCredit.Infrastructure.Tests.Notices;

/// <summary>A notice of five units as an audit would leave them, with a crawled title carrying a script and a formula.</summary>
internal static class NoticeSamples
{
    public const string InjectedTitle = "<script>alert('xss')</script>信用动态";
    public const string InjectedFormula = "=HYPERLINK(\"http://evil.example/\",\"点击\")";

    private static readonly DateTimeOffset Seen = new(2026, 11, 12, 10, 30, 0, TimeSpan.FromHours(8));

    public static NoticeModel Model(NoticeModel? previous = null) => NoticeBuilder.Build(
        NoticePeriod.OfMonth(2026, 11),
        new DateOnly(2026, 11, 23),
        [
            new("1301", "石家庄市", new UnitAvailability(336, 2), Rates("1301", 120, 6, 125, 2, 20, 1),
            [
                Web(RuleIds.WebColumnMissing, "1301", "repair", "“信用修复”栏目缺失", "首页导航中没有“信用修复”栏目（同义词“信用修复”“修复指南”均未出现）。"),
                Web(RuleIds.WebColumnStale, "1301", "news", $"“{InjectedTitle}”栏目超过14天未更新", $"栏目页面标题为“{InjectedTitle}”，最新一条信息发布于2026年10月20日。"),
                Record(RuleIds.PubLate, "1301", "石市监罚〔2026〕101号", "行政处罚决定书石市监罚〔2026〕101号迟报", "处罚决定日期2026年10月9日，应于2026年10月20日前报送，实际报送于2026年10月28日，迟报6个工作日。"),
            ]),
            new("1302", "唐山市", new UnitAvailability(336, 60), null,
            [
                Web(RuleIds.WebUnreachable, "1302", "home", "网站无法访问", "最近7天探测336次，失败60次，失败率17.86%，超过5%。"),
            ]),
            new("1304", "邯郸市", new UnitAvailability(336, 0), Rates("1304", 80, 0, 80, 0, 10, 0),
            [
                Record(RuleIds.PubInvalidCode, "1304", "row-12", InjectedFormula, "统一社会信用代码校验位错误。"),
            ]),
            new("1306", "保定市", new UnitAvailability(336, 0), Rates("1306", 50, 1, 52, 2, 0, 0), []),
            new("130682", "定州市", null, null, []),
        ],
        previous,
        WorkingCalendar.Default);

    private static PublicationRates Rates(string unit, int reported, int late, int ledger, int missing, int source, int concealed) =>
        new(unit, null, null, ledger, ledger, reported, reported - late, late, missing, 0, source, concealed, 0);

    private static NoticeFinding Web(string rule, string unit, string subject, string summary, string explanation) => new(
        FindingKey.Of(rule, unit, subject), rule, NoticeFindingStatus.Open, summary, explanation,
        new PolicyClause("国办秘函〔2019〕19号《政府网站与政务新媒体检查指标》", "单项否决指标"),
        [new Evidence("检查时的页面", new Uri("http://127.0.0.1:5000/news/"), "evidence/2026-11-12/1301/ab12cd34", "ab12cd34", Seen),
         new Evidence("页面里的链接", new Uri("javascript:alert(1)"))],
        Seen, Seen);

    private static NoticeFinding Record(string rule, string unit, string subject, string summary, string explanation) => new(
        FindingKey.Of(rule, unit, subject), rule, NoticeFindingStatus.Open, summary, explanation,
        new PolicyClause("国办发〔2015〕51号", "（十八）自作出行政决定之日起7个工作日内上网公开"),
        [new Evidence("报送台账中的记录", File: "inbox/ledgers/1301/2026-10.csv", Row: 12, Field: "处罚决定日期")],
        Seen, Seen);
}
