namespace HebeiCredit.Auditing.Sites.Rules;

/// <summary>One thing a 信用修复 column must explain, and the words that show it does.</summary>
internal sealed record RepairGuideTopic(string Name, IReadOnlyList<string> Keywords)
{
    // Bare 办理 is left out: “办理流程” would then count as saying how to apply.
    public static IReadOnlyList<RepairGuideTopic> All { get; } =
    [
        new("修复流程", ["流程", "程序", "步骤"]),
        new("所需材料", ["材料"]),
        new("申请方式", ["申请方式", "如何申请", "申请途径", "申请渠道", "在线申请", "网上申请", "申请入口", "办理方式", "办理途径", "办理渠道", "办理地点", "在线办理", "网上办理", "受理方式", "受理地点"]),
    ];

    public bool IsIn(string compactText) => Keywords.Any(k => compactText.Contains(k, StringComparison.Ordinal));
}
