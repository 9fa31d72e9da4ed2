namespace HebeiCredit.Simulation.Portals;

/// <summary>How a simulated column behaves: healthy, or one of the planted column defects.</summary>
public enum ColumnState
{
    Normal,
    Missing,
    Blank,
    DeadLink,
    SoftNotFound,
    Stale,
    FutureDated,
}
