using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Notices;
using static HebeiCredit.Auditing.Tests.Notices.NoticeFixtures;

namespace HebeiCredit.Auditing.Tests.Notices;

public sealed class NoticeScoreTests
{
    [Fact]
    public void Of_NoProblems_IsFull()
    {
        Assert.Equal(100m, NoticeScore.Of([], null, null, null));
    }

    [Fact]
    public void Of_EachDeduction_AsTheMethodStates()
    {
        NoticeFinding[] open =
        [
            Finding(RuleIds.WebUnreachable, "home"),                   // -20
            Finding(RuleIds.WebColumnMissing, "repair"),               // -5
            Finding(RuleIds.ExpOverdue, "doc-1"),                      // -3
            Finding(RuleIds.RepNotSynced, "doc-2"),                    // -3
            .. Enumerable.Range(0, 12).Select(i => Finding(RuleIds.PubInvalidCode, $"row-{i}")), // -10 (capped)
            Finding(RuleIds.PubLate, "doc-3"),                         // scored through the rate only
        ];

        // 100 - 20 - 5 - 3 - 3 - 10 - 0.5*20 - 0.1*30 - 0.25*30 = 38.5
        Assert.Equal(38.5m, NoticeScore.Of(open, 0.5m, 0.1m, 0.25m));
    }

    [Fact]
    public void Of_ManyProblems_NeverBelowZero()
    {
        var open = Enumerable.Range(0, 30).Select(i => Finding(RuleIds.WebColumnStale, $"c{i}")).ToList();

        Assert.Equal(0m, NoticeScore.Of(open, 1m, 1m, 1m));
    }
}
