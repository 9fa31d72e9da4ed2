using System.Collections.Concurrent;

namespace HebeiCredit.Infrastructure.Crawling;

/// <summary>
/// Threads of their own for the CPU-heavy part of a crawl, reading the pages fetched (parsing them, hashing and
/// packing their evidence), one fewer than the cores and at least one. The thread pool is left to answer responses and
/// hand host slots on: on a small machine, with every site's responses arriving in the same few milliseconds, a page
/// read on a pool thread held up the next request of each host whose response waited behind it.
/// </summary>
public sealed class PageReaders : IDisposable
{
    private readonly BlockingCollection<Action> work = new();

    public PageReaders()
        : this(Math.Max(1, Environment.ProcessorCount - 1))
    {
    }

    internal PageReaders(int threads)
    {
        for (var i = 0; i < threads; i++)
        {
            new Thread(Run) { IsBackground = true, Name = $"Page reader {i + 1}" }.Start();
        }
    }

    /// <summary>Runs <paramref name="read"/> on a reader thread; the caller resumes on the thread pool.</summary>
    public Task<T> ReadAsync<T>(Func<T> read)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        work.Add(() =>
        {
            try
            {
                done.SetResult(read());
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        });
        return done.Task;
    }

    public void Dispose() => work.CompleteAdding();

    private void Run()
    {
        foreach (var read in work.GetConsumingEnumerable())
        {
            read();
        }
    }
}
