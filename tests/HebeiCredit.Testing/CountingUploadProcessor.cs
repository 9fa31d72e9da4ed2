using HebeiCredit.Auditing.Publication.Sources;

using HebeiCredit.Infrastructure.Uploads;

namespace HebeiCredit.Testing;

/// <summary>
/// A processor for tests of the upload life alone: accepts any file with a header, counts its rows, and notes the
/// rows whose cell count differs from the header's.
/// </summary>
public sealed class CountingUploadProcessor : IUploadProcessor
{
    public async Task<UploadOutcome> ProcessAsync(
        UploadKind kind, string unit, string file, IReadOnlyList<string> headers, IAsyncEnumerable<SourceRow> rows, CancellationToken cancellationToken)
    {
        if (headers.All(string.IsNullOrWhiteSpace))
        {
            return new UploadOutcome.Rejected([new UploadError(file, null, null, $"文件“{file}”的表头是空的：第一行应为列名。")]);
        }

        var count = 0;
        var notes = new List<UploadError>();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            count++;
            if (row.Cells.Count > headers.Count && notes.Count < UploadDefaults.MaxReportedErrors)
            {
                notes.Add(new UploadError(file, row.Row, null, $"第 {row.Row} 行有 {row.Cells.Count} 个单元格，多于表头的 {headers.Count} 列。"));
            }
        }

        return new UploadOutcome.Accepted(count, 0, notes);
    }
}
