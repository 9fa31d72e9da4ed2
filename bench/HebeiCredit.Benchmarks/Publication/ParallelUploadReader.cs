using System.Buffers;
using System.Threading.Channels;
using HebeiCredit.Auditing.Publication.Headers;
using HebeiCredit.Auditing.Publication.Records;
using HebeiCredit.Auditing.Publication.Sources;
using HebeiCredit.Infrastructure.Uploads.Reading;

namespace HebeiCredit.Benchmarks.Publication;

/// <summary>
/// Reads a large CSV upload with the production reader (<see cref="UploadReader"/>, <see cref="HeaderMatcher"/>,
/// <see cref="PublicationRowReader"/>) on several cores: <see cref="CsvChunker"/> cuts it into runs of whole records,
/// each read and checked on a worker, and the records are handed to <c>apply</c> chunk by chunk in file order, with
/// the file's own row numbers. At most a few chunks are in memory at once.
/// </summary>
internal static class ParallelUploadReader
{
    /// <returns>The rows read and the row findings raised.</returns>
    public static async Task<(long Rows, long RowFindings)> ReadAsync(
        string path, UploadKind kind, string unit, DateOnly today, int workers, int chunkBytes, Action<PublicationRecord> apply)
    {
        var name = Path.GetFileName(path);
        using var cores = new SemaphoreSlim(workers);
        // Two chunks waiting per worker keep the workers busy while the applying thread catches up.
        var pending = Channel.CreateBounded<Task<ChunkResult>>(new BoundedChannelOptions(workers * 2) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(async () =>
        {
            try
            {
                await foreach (var chunk in CsvChunker.ReadAsync(path, chunkBytes))
                {
                    await pending.Writer.WriteAsync(chunk.Rest is null
                        ? Task.Run(() => ReadChunkAsync(chunk, name, kind, unit, today, cores))
                        : Task.FromResult(new ChunkResult([], 0, chunk)));
                }

                pending.Writer.Complete();
            }
            catch (Exception e)
            {
                pending.Writer.Complete(e);
            }
        });

        long rows = 0, findings = 0;
        await foreach (var task in pending.Reader.ReadAllAsync())
        {
            var result = await task;
            if (result.Rest is { } rest)
            {
                // Everything before it is applied: stream the rest straight into apply, never as a list.
                var (restRows, restFindings) = await ReadRowsAsync(rest, name, kind, unit, today, apply);
                rows += restRows;
                findings += restFindings;
                continue;
            }

            foreach (var record in result.Records)
            {
                apply(record);
            }

            rows += result.Records.Count;
            findings += result.RowFindings;
        }

        await producer;
        return (rows, findings);
    }

    private static async Task<ChunkResult> ReadChunkAsync(CsvChunk chunk, string name, UploadKind kind, string unit, DateOnly today, SemaphoreSlim cores)
    {
        await cores.WaitAsync();
        try
        {
            var records = new List<PublicationRecord>(1024);
            var (_, findings) = await ReadRowsAsync(chunk, name, kind, unit, today, records.Add);
            return new ChunkResult(records, (int)findings);
        }
        finally
        {
            cores.Release();
            if (chunk.Bytes is { } bytes)
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
    }

    private static async Task<(long Rows, long Findings)> ReadRowsAsync(
        CsvChunk chunk, string name, UploadKind kind, string unit, DateOnly today, Action<PublicationRecord> sink)
    {
        Stream content = chunk.Rest ?? new MemoryStream(chunk.Bytes!, 0, chunk.Length, writable: false);
        await using var table = await UploadReader.OpenAsync(name, content, null, CancellationToken.None);
        var header = HeaderMatcher.Match(table.Headers, kind);
        if (header.Rejection is { } rejection)
        {
            throw new InvalidDataException(rejection);
        }

        long rows = 0, findings = 0;
        await foreach (var row in table.Rows)
        {
            var numbered = chunk.RowsBefore == 0 ? row : row with { Row = row.Row + chunk.RowsBefore };
            var result = PublicationRowReader.Read(numbered, header, name, kind, unit, today);
            findings += result.Findings.Count;
            if (result.Record is { } record)
            {
                sink(record);
                rows++;
            }
        }

        return (rows, findings);
    }
}
