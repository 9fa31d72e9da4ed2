namespace HebeiCredit.Infrastructure.Tests.Notices;

/// <summary>A clock that stands still at one instant, movable by the test.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
