using HebeiCredit.Infrastructure.Crawling;

namespace HebeiCredit.Infrastructure.Tests.Crawling;

/// <summary>
/// Each test runs on the thread pool, without the test framework's synchronization context, as the crawler does: a
/// resumption captured on that context is queued to it rather than run by Exit, and the tests would race it.
/// </summary>
public sealed class HostSlotTests
{
    [Fact]
    public Task EnterAsync_AllPlacesTaken_WaitsUntilOneIsGivenBack() => Task.Run(async () =>
    {
        var slot = new HostSlot(2);
        await slot.EnterAsync(CancellationToken.None);
        await slot.EnterAsync(CancellationToken.None);

        var third = slot.EnterAsync(CancellationToken.None).AsTask();
        Assert.False(third.IsCompleted);

        slot.Exit();
        Assert.True(third.IsCompletedSuccessfully);
    });

    [Fact]
    public Task Exit_WithWaiters_ResumesTheFirstWaiterBeforeReturning() => Task.Run(async () =>
    {
        var slot = new HostSlot(1);
        await slot.EnterAsync(CancellationToken.None);
        var order = new List<string>();
        var first = Resume(slot, order, "first");
        var second = Resume(slot, order, "second");

        slot.Exit();
        order.Add("after exit");
        slot.Exit();

        await Task.WhenAll(first, second);
        Assert.Equal(["first", "after exit", "second"], order);
    });

    [Fact]
    public Task EnterAsync_WaiterCancelled_LeavesTheLineAndTheNextGetsThePlace() => Task.Run(async () =>
    {
        var slot = new HostSlot(1);
        await slot.EnterAsync(CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var cancelled = slot.EnterAsync(cancel.Token).AsTask();
        var next = slot.EnterAsync(CancellationToken.None).AsTask();

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        slot.Exit();

        Assert.True(next.IsCompletedSuccessfully);
    });

    [Fact]
    public Task Exit_NoWaiters_PlaceIsFreeAgain() => Task.Run(async () =>
    {
        var slot = new HostSlot(1);
        await slot.EnterAsync(CancellationToken.None);
        slot.Exit();

        Assert.True(slot.EnterAsync(CancellationToken.None).IsCompletedSuccessfully);
    });

    private static async Task Resume(HostSlot slot, List<string> order, string name)
    {
        await slot.EnterAsync(CancellationToken.None);
        order.Add(name);
    }
}
