namespace HebeiCredit.Auditing.Notices;

/// <summary>A finding's life as a notice counts it: reported (the city says it fixed it) stays open until an audit confirms.</summary>
public enum NoticeFindingStatus
{
    Open,
    Reported,
    Fixed,
    Reopened,
}
