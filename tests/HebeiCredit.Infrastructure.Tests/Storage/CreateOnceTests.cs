using HebeiCredit.Infrastructure.Storage;

namespace HebeiCredit.Infrastructure.Tests.Storage;

public class CreateOnceTests
{
    [Fact]
    public async Task Callers_arriving_while_the_create_is_in_flight_wait_for_it_instead_of_sending_their_own()
    {
        var calls = 0;
        var pending = new TaskCompletionSource();
        var once = new CreateOnce(_ =>
        {
            Interlocked.Increment(ref calls);
            return pending.Task;
        });

        var waiting = Enumerable.Range(0, 29).Select(_ => once.EnsureAsync(CancellationToken.None)).ToList();
        Assert.All(waiting, t => Assert.False(t.IsCompleted));
        pending.SetResult();
        await Task.WhenAll(waiting);
        await once.EnsureAsync(CancellationToken.None);

        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task A_failed_create_is_reported_to_its_callers_and_tried_again_by_the_next()
    {
        var calls = 0;
        var once = new CreateOnce(_ => ++calls == 1 ? Task.FromException(new IOException("storage away")) : Task.CompletedTask);

        await Assert.ThrowsAsync<IOException>(() => once.EnsureAsync(CancellationToken.None));
        await once.EnsureAsync(CancellationToken.None);
        await once.EnsureAsync(CancellationToken.None);

        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task A_caller_whose_token_is_live_creates_again_when_the_create_it_waited_for_was_cancelled_by_its_starter()
    {
        var calls = 0;
        var first = new TaskCompletionSource();
        var once = new CreateOnce(ct =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                ct.Register(() => first.TrySetCanceled(ct));
                return first.Task;
            }

            return Task.CompletedTask;
        });
        using var starter = new CancellationTokenSource();

        var starting = once.EnsureAsync(starter.Token);
        var waiting = once.EnsureAsync(CancellationToken.None);
        await starter.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => starting);
        await waiting;
        Assert.Equal(2, calls);
    }
}
