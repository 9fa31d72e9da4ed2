namespace HebeiCredit.Infrastructure.Crawling;

/// <summary>
/// One host's share of the politeness budget: how many requests may run and when the next may start. Waiters are
/// served in arrival order, and a finished request hands its place straight to the next waiter, whose request then
/// goes out on the finishing thread before that thread reads the page it just received: with every site's responses
/// arriving in the same few milliseconds, a hand-off queued behind the readings of the others cost each request
/// several milliseconds of idle slot.
/// </summary>
internal sealed class HostSlot(int maxConcurrent)
{
    private readonly Lock gate = new();
    private readonly LinkedList<TaskCompletionSource> waiters = new();
    private int running;
    private DateTimeOffset nextStart = DateTimeOffset.MinValue;

    /// <summary>Takes a place among the host's running requests, waiting in line when all are taken.</summary>
    public async ValueTask EnterAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        LinkedListNode<TaskCompletionSource> waiter;
        lock (gate)
        {
            if (running < maxConcurrent && waiters.Count == 0)
            {
                running++;
                return;
            }

            // Completed without RunContinuationsAsynchronously: Exit resumes the waiter on its own thread.
            waiter = waiters.AddLast(new TaskCompletionSource());
        }

        using (cancellationToken.UnsafeRegister(_ => Abandon(waiter, cancellationToken), null))
        {
            await waiter.Value.Task;
        }
    }

    /// <summary>Gives a place back: to the first waiter, whose continuation runs before this returns, or to the host.</summary>
    public void Exit()
    {
        TaskCompletionSource? next = null;
        lock (gate)
        {
            if (waiters.First is { } first)
            {
                waiters.RemoveFirst();
                next = first.Value;
            }
            else
            {
                running--;
            }
        }

        next?.SetResult();
    }

    /// <summary>Books the next start time at least <paramref name="minDelay"/> after the previous one; returns the wait.</summary>
    public TimeSpan Reserve(DateTimeOffset now, TimeSpan minDelay)
    {
        lock (gate)
        {
            var start = nextStart > now ? nextStart : now;
            nextStart = start + minDelay;
            return start - now;
        }
    }

    /// <summary>A waiter whose caller gave up leaves the line; one already handed a place keeps it (and exits as usual).</summary>
    private void Abandon(LinkedListNode<TaskCompletionSource> waiter, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (waiter.List is null)
            {
                return;
            }

            waiters.Remove(waiter);
        }

        waiter.Value.SetCanceled(cancellationToken);
    }
}
