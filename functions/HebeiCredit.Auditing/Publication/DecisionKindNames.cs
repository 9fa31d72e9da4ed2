namespace HebeiCredit.Auditing.Publication;

public static class DecisionKindNames
{
    /// <summary>行政许可 / 行政处罚</summary>
    public static string Chinese(DecisionKind kind) => kind == DecisionKind.Penalty ? "行政处罚" : "行政许可";

    /// <summary>许可 / 处罚, as the rates tables head their rows.</summary>
    public static string Short(DecisionKind kind) => kind == DecisionKind.Penalty ? "处罚" : "许可";
}
