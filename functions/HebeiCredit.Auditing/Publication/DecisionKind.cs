namespace HebeiCredit.Auditing.Publication;

/// <summary>The two kinds of 双公示 decision.</summary>
public enum DecisionKind
{
    /// <summary>行政许可</summary>
    Licensing,

    /// <summary>行政处罚</summary>
    Penalty,
}
