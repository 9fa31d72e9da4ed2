namespace HebeiCredit.Infrastructure.Storage;

/// <summary>
/// A finding's life (DESIGN.md): open; reported fixed by the city; fixed when an audit of its rule family no longer
/// sees it; reopened if it returns. A report the next audit contradicts sends the finding back to open.
/// </summary>
public enum FindingStatus
{
    Open,
    Fixed,
    Reopened,
    Reported,
}
