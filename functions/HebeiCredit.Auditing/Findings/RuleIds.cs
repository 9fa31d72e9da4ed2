namespace HebeiCredit.Auditing.Findings;

/// <summary>The stable rule ids of DESIGN.md. A notice cites them; never rename one.</summary>
public static class RuleIds
{
    public const string WebUnreachable = "WEB-UNREACHABLE";
    public const string WebSlow = "WEB-SLOW";
    public const string WebColumnMissing = "WEB-COLUMN-MISSING";
    public const string WebColumnBroken = "WEB-COLUMN-BROKEN";
    public const string WebColumnBlank = "WEB-COLUMN-BLANK";
    public const string WebColumnStale = "WEB-COLUMN-STALE";
    public const string WebHomeStale = "WEB-HOME-STALE";
    public const string WebRepairGuideMissing = "WEB-REPAIR-GUIDE-MISSING";
    public const string PubLate = "PUB-LATE";
    public const string PubMissing = "PUB-MISSING";
    public const string PubConcealed = "PUB-CONCEALED";
    public const string PubInvalidField = "PUB-INVALID-FIELD";
    public const string PubInvalidCode = "PUB-INVALID-CODE";
    public const string PubDuplicate = "PUB-DUPLICATE";
    public const string ExpOverdue = "EXP-OVERDUE";
    public const string ExpEarlyRemoval = "EXP-EARLY-REMOVAL";
    public const string ExpNotPublishable = "EXP-NOT-PUBLISHABLE";
    public const string RepNotSynced = "REP-NOT-SYNCED";
}
