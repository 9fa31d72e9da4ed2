namespace HebeiCredit.Infrastructure.Storage;

/// <summary>A finding's life (DESIGN.md): open, fixed when an audit no longer sees it, reopened if it returns.</summary>
public enum FindingStatus
{
    Open,
    Fixed,
    Reopened,
}
