namespace HebeiCredit.Testing;

/// <summary>A clock that always reads the same instant: for reports that print the time word for word.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
