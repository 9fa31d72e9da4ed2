namespace HebeiCredit.Auditing.Sites.Availability;

/// <summary>One China date of the probe window (the first and last may be partial days).</summary>
public sealed record DailyAvailability(DateOnly Date, int Probes, int Failures);
