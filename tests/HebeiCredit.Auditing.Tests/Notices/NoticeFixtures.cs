using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Notices;
using HebeiCredit.Auditing.Publication.Rates;

namespace HebeiCredit.Auditing.Tests.Notices;

/// <summary>Plain inputs for the notice tests: findings, rates and units as the stores would hand them over.</summary>
internal static class NoticeFixtures
{
    public static readonly DateTimeOffset Seen = new(2026, 11, 10, 9, 0, 0, TimeSpan.FromHours(8));

    public static NoticeFinding Finding(string rule, string subject, NoticeFindingStatus status = NoticeFindingStatus.Open, DateTimeOffset? firstSeen = null, string unit = "1301") => new(
        FindingKey.Of(rule, unit, subject),
        rule,
        status,
        $"{subject}的问题",
        $"{subject}：说明",
        new PolicyClause("国办秘函〔2019〕19号", "条款"),
        [new Evidence("首页", new Uri("http://127.0.0.1/")), new Evidence("记录", File: "ledger.csv", Row: 3, Field: "处罚决定日期")],
        firstSeen ?? Seen,
        firstSeen ?? Seen);

    public static PublicationRates Rates(string unit, int reported, int late, int ledger, int missing, int source, int concealed) =>
        new(unit, null, null, ledger, ledger, reported, reported - late, late, missing, 0, source, concealed, 0);

    public static NoticeUnitInput Unit(string unit, string name, UnitAvailability? availability, PublicationRates? rates, params NoticeFinding[] findings) =>
        new(unit, name, availability, rates, findings);
}
