namespace HebeiCredit.Infrastructure.Storage;

/// <summary>Runs a create-if-not-exists call once per process, the first time a store is used.</summary>
internal sealed class CreateOnce(Func<CancellationToken, Task> create)
{
    private Task? created;

    public Task EnsureAsync(CancellationToken cancellationToken) =>
        Volatile.Read(ref created) is { IsCompletedSuccessfully: true } done ? done : WaitAsync(cancellationToken);

    /// <summary>
    /// Callers that arrive while a call is in flight wait for it instead of sending one each (a crawl of every site
    /// at once would otherwise send a create per site). A failed call is not kept: the next caller tries again, and so
    /// does a caller whose own token is live when the call it waited for was cancelled by its starter's.
    /// </summary>
    private async Task WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var task = Volatile.Read(ref created);
            if (task is null || task.IsFaulted || task.IsCanceled)
            {
                var attempt = create(cancellationToken);
                task = Interlocked.CompareExchange(ref created, attempt, task) == task ? attempt : Volatile.Read(ref created)!;
            }

            try
            {
                await task.WaitAsync(cancellationToken);
                return;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && task.IsCanceled)
            {
            }
        }
    }
}
