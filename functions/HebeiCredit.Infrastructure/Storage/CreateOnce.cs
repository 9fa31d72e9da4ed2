namespace HebeiCredit.Infrastructure.Storage;

/// <summary>Runs a create-if-not-exists call once per process, the first time a store is used.</summary>
internal sealed class CreateOnce(Func<CancellationToken, Task> create)
{
    private Task? created;

    public Task EnsureAsync(CancellationToken cancellationToken)
    {
        var task = Volatile.Read(ref created);
        if (task is { IsCompletedSuccessfully: true })
        {
            return task;
        }

        // A failed attempt (storage briefly away) is not cached: the next use tries again.
        var attempt = create(cancellationToken);
        Interlocked.Exchange(ref created, attempt);
        return attempt;
    }
}
