namespace HebeiCredit.Auditing.Notices;

/// <summary>A unit's probes over the week before the cut-off (table Probes).</summary>
public sealed record UnitAvailability(int Probes, int Failures)
{
    /// <summary>Successful probes / probes, 4 decimal places; null without probes.</summary>
    public decimal? Rate => Probes == 0 ? null : Math.Round((decimal)(Probes - Failures) / Probes, 4, MidpointRounding.AwayFromZero);
}
