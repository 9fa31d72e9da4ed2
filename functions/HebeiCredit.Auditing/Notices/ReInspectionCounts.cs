namespace HebeiCredit.Auditing.Notices;

/// <summary>
/// The re-inspection (复核) against the previous period's notice: its open findings now fixed or still open, findings
/// new since, findings that came back after being fixed, and fixes a city reported that no audit has confirmed yet.
/// </summary>
public sealed record ReInspectionCounts(int Fixed, int StillOpen, int New, int Reopened, int ReportedUnconfirmed)
{
    public static readonly ReInspectionCounts None = new(0, 0, 0, 0, 0);

    public ReInspectionCounts Add(ReInspectionCounts other) => new(
        Fixed + other.Fixed, StillOpen + other.StillOpen, New + other.New, Reopened + other.Reopened, ReportedUnconfirmed + other.ReportedUnconfirmed);
}
