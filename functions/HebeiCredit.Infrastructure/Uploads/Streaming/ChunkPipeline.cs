using System.Buffers;

namespace HebeiCredit.Infrastructure.Uploads.Streaming;

/// <summary>
/// Reads a file's chunks (<see cref="CsvChunker"/>) on several worker threads and applies their results on the
/// calling thread, one chunk at a time in file order, so the applying side sees rows exactly as one reader would.
/// Workers run at most two chunks per worker ahead of the applying thread, so only a few chunks are in memory.
/// </summary>
/// <remarks>
/// Dedicated threads and a monitor rather than a task per chunk: with small chunks on two cores, the thread pool's
/// idle workers spun for a third of all CPU samples while waiting for the next task.
/// </remarks>
internal sealed class ChunkPipeline<T>
{
    private readonly object _gate = new();
    private readonly Dictionary<int, (CsvChunk Chunk, T? Result, Exception? Error)> _done = [];
    private readonly CsvChunker _chunker;
    private readonly Func<CsvChunk, T> _read;
    private readonly int _window;
    private int _taken;
    private int _applied;
    private int _count = -1;
    private int _waiting;
    private bool _stop;
    private Exception? _failure;

    private ChunkPipeline(CsvChunker chunker, Func<CsvChunk, T> read, int window)
    {
        _chunker = chunker;
        _read = read;
        _window = window;
    }

    /// <param name="read">Reads one chunk on a worker; the chunk's bytes are returned to the pool after it.</param>
    /// <param name="apply">Applies a chunk's result; false when the file from that chunk on must be read in one stream.</param>
    /// <returns>Null when every chunk was applied, else the chunk from which the rest must be read in one stream.</returns>
    public static CsvChunk? Run(string path, CsvFileHead head, int workers, int chunkBytes, Func<CsvChunk, T> read, Func<T, bool> apply, CancellationToken cancellationToken)
    {
        using var chunker = new CsvChunker(path, head, chunkBytes);
        var pipeline = new ChunkPipeline<T>(chunker, read, workers * 2);
        var threads = Enumerable.Range(0, workers).Select(i => new Thread(pipeline.Work) { IsBackground = true, Name = $"chunk reader {i}" }).ToList();
        threads.ForEach(t => t.Start());
        try
        {
            return pipeline.Apply(apply, cancellationToken);
        }
        finally
        {
            lock (pipeline._gate)
            {
                pipeline._stop = true;
                Monitor.PulseAll(pipeline._gate);
            }

            threads.ForEach(t => t.Join());
        }
    }

    private CsvChunk? Apply(Func<T, bool> apply, CancellationToken cancellationToken)
    {
        for (var index = 0; ; index++)
        {
            (CsvChunk Chunk, T? Result, Exception? Error) slot;
            lock (_gate)
            {
                while (!_done.Remove(index, out slot))
                {
                    if (_failure is not null)
                    {
                        throw new IOException($"Reading the chunks failed: {_failure.Message}", _failure);
                    }

                    if (_count >= 0 && index >= _count)
                    {
                        return null;
                    }

                    Wait();
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (slot.Error is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(slot.Error);
            }

            if (slot.Chunk.Bytes is null || !apply(slot.Result!))
            {
                return slot.Chunk;
            }

            lock (_gate)
            {
                _applied++;
                Wake();
            }
        }
    }

    private void Wait()
    {
        _waiting++;
        Monitor.Wait(_gate);
        _waiting--;
    }

    // Waking a thread is a system call; most of the time nobody waits.
    private void Wake()
    {
        if (_waiting > 0)
        {
            Monitor.PulseAll(_gate);
        }
    }

    private void Work()
    {
        while (true)
        {
            CsvChunk chunk;
            int index;
            lock (_gate)
            {
                while (!_stop && _count < 0 && _taken - _applied >= _window)
                {
                    Wait();
                }

                if (_stop || _count >= 0)
                {
                    return;
                }

                CsvChunk? next;
                try
                {
                    next = _chunker.Next();
                }
                catch (Exception e)
                {
                    _failure = e;
                    Monitor.PulseAll(_gate);
                    return;
                }

                if (next is null)
                {
                    _count = _taken;
                    Monitor.PulseAll(_gate);
                    return;
                }

                chunk = next;
                index = _taken++;
                if (chunk.Bytes is null)
                {
                    _count = _taken;
                    _done[index] = (chunk, default, null);
                    Monitor.PulseAll(_gate);
                    return;
                }
            }

            (CsvChunk, T?, Exception?) slot;
            try
            {
                slot = (chunk, _read(chunk), null);
            }
            catch (Exception e)
            {
                slot = (chunk, default, e);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk.Bytes);
            }

            lock (_gate)
            {
                _done[index] = slot;
                Wake();
            }
        }
    }
}
