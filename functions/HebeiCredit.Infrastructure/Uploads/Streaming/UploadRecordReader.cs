using HebeiCredit.Auditing.Publication.Headers;
using HebeiCredit.Auditing.Publication.Records;
using HebeiCredit.Auditing.Publication.Sources;
using HebeiCredit.Infrastructure.Uploads.Reading;

namespace HebeiCredit.Infrastructure.Uploads.Streaming;

/// <summary>
/// The production reader over an open upload, or a piece of one: header matched (<see cref="HeaderMatcher"/>), every
/// row read and checked (<see cref="PublicationRowReader"/>), each record handed to <c>sink</c> in file order.
/// </summary>
internal static class UploadRecordReader
{
    /// <returns>The records read (blank rows give none).</returns>
    /// <exception cref="UploadFormatException">The file is unreadable or its header was rejected.</exception>
    public static async Task<long> ReadAsync(UploadTable table, UploadKind kind, string unit, DateOnly today, Action<PublicationRecord> sink)
    {
        var header = HeaderMatcher.Match(table.Headers, kind);
        if (header.Rejection is { } rejection)
        {
            throw new UploadFormatException(table.File, rejection);
        }

        long records = 0;
        await foreach (var row in table.Rows)
        {
            if (PublicationRowReader.Read(row, header, table.File, kind, unit, today).Record is { } record)
            {
                sink(record);
                records++;
            }
        }

        return records;
    }

    /// <summary>One chunk, as a file of its own (the header line, then the chunk's lines), into a list.</summary>
    public static async Task<List<PublicationRecord>> ReadChunkAsync(string file, CsvFileHead head, CsvChunk chunk, UploadKind kind, string unit, DateOnly today)
    {
        var records = new List<PublicationRecord>(1024);
        var content = new ReplayStream(head.Header, 0, head.Header.Length, new MemoryStream(chunk.Bytes!, 0, chunk.Length, writable: false));
        await using var table = await UploadReader.OpenTextAsync(file, content, head.Format, chunk.RowsBefore, CancellationToken.None);
        await ReadAsync(table, kind, unit, today, records.Add);
        return records;
    }
}
