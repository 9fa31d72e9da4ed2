using HebeiCredit.Auditing.Findings;

namespace HebeiCredit.Auditing.Notices;

/// <summary>The Chinese name a notice gives each rule id.</summary>
public static class RuleNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        [RuleIds.WebUnreachable] = "网站无法访问",
        [RuleIds.WebSlow] = "网站访问缓慢",
        [RuleIds.WebColumnMissing] = "重点栏目缺失",
        [RuleIds.WebColumnBroken] = "栏目链接失效",
        [RuleIds.WebColumnBlank] = "空白栏目",
        [RuleIds.WebColumnStale] = "栏目不更新",
        [RuleIds.WebHomeStale] = "首页不更新",
        [RuleIds.WebRepairGuideMissing] = "信用修复指引缺失",
        [RuleIds.PubLate] = "迟报",
        [RuleIds.PubMissing] = "漏报",
        [RuleIds.PubConcealed] = "瞒报",
        [RuleIds.PubInvalidField] = "数据项不合规",
        [RuleIds.PubInvalidCode] = "统一社会信用代码错误",
        [RuleIds.PubDuplicate] = "重复公示",
        [RuleIds.ExpOverdue] = "超期公示",
        [RuleIds.ExpEarlyRemoval] = "违规撤下",
        [RuleIds.ExpNotPublishable] = "不应公示",
        [RuleIds.RepNotSynced] = "修复结果未同步",
    };

    /// <summary>The rule's Chinese name; an id this build does not know is shown as itself.</summary>
    public static string Of(string ruleId) => Names.GetValueOrDefault(ruleId, ruleId);
}
