namespace HebeiCredit.Testing;

/// <summary>
/// The real clock moved by a fixed offset: timers and timeouts still run in real time, but every date the audit
/// sees lies in its own stretch of time, so rows left in Azurite by other runs fall outside its windows.
/// </summary>
public sealed class ShiftedClock(TimeSpan offset) : TimeProvider
{
    public static ShiftedClock Anywhere() => new(TimeSpan.FromDays(Random.Shared.Next(400, 20_000)));

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + offset;
}
