using System.Net.Http.Headers;
using HebeiCredit.Infrastructure.Crawling;

namespace HebeiCredit.Infrastructure.Tests.Crawling;

public sealed class RetryAfterTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void From_DeltaSeconds_ThatDelay() =>
        Assert.Equal(TimeSpan.FromSeconds(120), RetryAfter.From(RetryConditionHeaderValue.Parse("120"), Now));

    [Fact]
    public void From_HttpDate_TimeUntilThen() =>
        Assert.Equal(TimeSpan.FromSeconds(30), RetryAfter.From(RetryConditionHeaderValue.Parse("Mon, 15 Jun 2026 08:00:30 GMT"), Now));

    [Fact]
    public void From_HttpDateInThePast_Zero() =>
        Assert.Equal(TimeSpan.Zero, RetryAfter.From(RetryConditionHeaderValue.Parse("Mon, 15 Jun 2026 07:00:00 GMT"), Now));

    [Fact]
    public void From_NoHeader_Null() => Assert.Null(RetryAfter.From(null, Now));
}
