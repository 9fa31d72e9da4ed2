namespace HebeiCredit.Infrastructure.Storage;

/// <summary>One step of a finding's life: the status it entered, when, and what moved it (an audit run or a unit key).</summary>
public sealed record FindingEvent(DateTimeOffset At, FindingStatus Status, string Source);
