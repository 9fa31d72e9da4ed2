using HebeiCredit.Auditing.Findings;

namespace HebeiCredit.Auditing.Notices;

/// <summary>
/// The ranking score, this system's own (no national text defines one), stated in every notice as <see cref="Method"/>.
/// 双公示 problems are scored through the rates, not again through their PUB-LATE/MISSING/CONCEALED findings.
/// </summary>
public static class NoticeScore
{
    public const decimal Full = 100m;
    public const decimal Unreachable = 20m;
    public const decimal OtherWebsiteProblem = 5m;
    public const decimal LateRateWeight = 20m;
    public const decimal MissingRateWeight = 30m;
    public const decimal ConcealedRateWeight = 30m;
    public const decimal PublicationPeriodProblem = 3m;
    public const decimal InvalidCode = 1m;
    public const decimal InvalidCodeCap = 10m;

    public const string Method =
        "排名方法：满分100分。网站无法访问扣20分，其他信用网站问题（访问缓慢、栏目缺失或不可用、栏目或首页不更新、信用修复指引缺失）每个扣5分；"
        + "迟报率、漏报率、瞒报率分别乘以20分、30分、30分扣减；超期公示、违规撤下、不应公示、修复结果未同步每个扣3分；"
        + "统一社会信用代码错误每条扣1分，最多扣10分；最低0分。得分相同的，按未整改问题数从少到多、再按行政区划代码排列。";

    public static decimal Of(IReadOnlyList<NoticeFinding> open, decimal? lateRate, decimal? missingRate, decimal? concealedRate)
    {
        var score = Full;
        foreach (var finding in open.Where(f => f.RuleId.StartsWith("WEB-", StringComparison.Ordinal)))
        {
            score -= finding.RuleId == RuleIds.WebUnreachable ? Unreachable : OtherWebsiteProblem;
        }

        score -= (lateRate ?? 0m) * LateRateWeight + (missingRate ?? 0m) * MissingRateWeight + (concealedRate ?? 0m) * ConcealedRateWeight;
        score -= open.Count(f => f.RuleId.StartsWith("EXP-", StringComparison.Ordinal) || f.RuleId.StartsWith("REP-", StringComparison.Ordinal)) * PublicationPeriodProblem;
        score -= Math.Min(InvalidCodeCap, open.Count(f => f.RuleId == RuleIds.PubInvalidCode) * InvalidCode);
        return Math.Round(Math.Max(0m, score), 1, MidpointRounding.AwayFromZero);
    }
}
