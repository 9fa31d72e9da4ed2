using HebeiCredit.Auditing.Publication.Headers;
using HebeiCredit.Auditing.Publication.Records;
using HebeiCredit.Auditing.Publication.Sources;
using HebeiCredit.Auditing.Publication.Streaming;
using HebeiCredit.Infrastructure.Uploads.Reading;

namespace HebeiCredit.Infrastructure.Uploads.Streaming;

/// <summary>
/// Streams a ledger or platform export of any size into a <see cref="TimelinessTally"/>, on several cores, with the
/// counts the production reader would give: a CSV/TXT file whose first line is its header is cut into chunks of
/// whole lines (<see cref="CsvChunker"/>); with <see cref="TimelinessReadPath.Fast"/> a UTF-8 file's chunks are
/// projected (<see cref="ProjectedChunkReader"/>), otherwise read by the production reader. From the first quote on
/// (or a chunk that cannot be projected) the rest of the file is read by the production reader in one stream; any
/// other file (.xlsx, UTF-16, a file starting with blank lines) wholly so.
/// </summary>
public static class TimelinessFileReader
{
    /// <exception cref="UploadFormatException">The file is unreadable or its header was rejected (message in Chinese).</exception>
    public static async Task<TimelinessFileRead> ReadAsync(
        string path, UploadKind kind, TimelinessTally tally, TimelinessReadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(options);
        Action<PublicationRecord> add = kind switch
        {
            UploadKind.Platform => tally.AddPlatform,
            UploadKind.Ledgers => tally.AddLedger,
            _ => throw new ArgumentException($"Only ledgers and platform exports are tallied, not {kind}.", nameof(kind)),
        };

        var file = Path.GetFileName(path);
        var head = await CsvFileHead.ReadAsync(path, cancellationToken);
        if (head is null)
        {
            await using var content = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            await using var table = await UploadReader.OpenAsync(file, content, null, cancellationToken);
            var all = await UploadRecordReader.ReadAsync(table, kind, options.Unit, options.Today, add);
            return new TimelinessFileRead(all, all);
        }

        var header = HeaderMatcher.Match(head.Headers, kind);
        if (header.Rejection is { } rejection)
        {
            throw new UploadFormatException(file, rejection);
        }

        long rows = 0, recordRows = 0;
        CsvChunk? rest;
        if (options.Path == TimelinessReadPath.Fast && head.Format.IsUtf8)
        {
            var reader = new ProjectedChunkReader(file, head, header, kind, options.Unit, options.Today, tally);
            var decisionKind = header.Kind!.Value;
            rest = await RunAsync(
                path,
                head,
                options,
                reader.Read,
                batch =>
                {
                    if (batch.NeedsFullReader)
                    {
                        return false;
                    }

                    rows += batch.Count;
                    recordRows += batch.Records;
                    batch.ApplyTo(tally, kind, decisionKind);
                    return true;
                },
                cancellationToken);
        }
        else
        {
            rest = await RunAsync(
                path,
                head,
                options,
                chunk => UploadRecordReader.ReadChunkAsync(file, head, chunk, kind, options.Unit, options.Today).GetAwaiter().GetResult(),
                records =>
                {
                    records.ForEach(add);
                    rows += records.Count;
                    recordRows += records.Count;
                    return true;
                },
                cancellationToken);
        }

        if (rest is not null)
        {
            await using var tail = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan) { Position = rest.Offset };
            await using var table = await UploadReader.OpenTextAsync(file, new ReplayStream(head.Header, 0, head.Header.Length, tail), head.Format, rest.RowsBefore, cancellationToken);
            var read = await UploadRecordReader.ReadAsync(table, kind, options.Unit, options.Today, add);
            rows += read;
            recordRows += read;
        }

        return new TimelinessFileRead(rows, recordRows);
    }

    // The applying thread blocks while it waits for chunks: a thread of its own, not one of the pool's.
    private static Task<CsvChunk?> RunAsync<T>(string path, CsvFileHead head, TimelinessReadOptions options, Func<CsvChunk, T> read, Func<T, bool> apply, CancellationToken cancellationToken) =>
        Task.Factory.StartNew(
            () => ChunkPipeline<T>.Run(path, head, options.Workers, options.ChunkBytes, read, apply, cancellationToken),
            cancellationToken,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
}
