using HebeiCredit.Auditing.Publication.Sources;
using HebeiCredit.Infrastructure.Uploads;

namespace HebeiCredit.Testing;

/// <summary>
/// A processor that fails the way a bug or a crash in the audit would, which the production processor never does
/// for bad input: for a file whose name contains <paramref name="marker"/> it throws the first
/// <paramref name="failures"/> times, before or (<paramref name="afterAudit"/>) after letting
/// <paramref name="inner"/> audit it; every other file, and that one once its failures are spent, goes to
/// <paramref name="inner"/>.
/// </summary>
public sealed class FailingUploadProcessor(IUploadProcessor inner, string marker, int failures = int.MaxValue, bool afterAudit = false) : IUploadProcessor
{
    private int failed;

    public int Failed => Volatile.Read(ref failed);

    public async Task<UploadOutcome> ProcessAsync(
        UploadKind kind, string unit, string file, IReadOnlyList<string> headers, IAsyncEnumerable<SourceRow> rows, CancellationToken cancellationToken)
    {
        if (!file.Contains(marker, StringComparison.Ordinal) || Failed >= failures)
        {
            return await inner.ProcessAsync(kind, unit, file, headers, rows, cancellationToken);
        }

        if (afterAudit)
        {
            await inner.ProcessAsync(kind, unit, file, headers, rows, cancellationToken);
        }

        Interlocked.Increment(ref failed);
        throw new InvalidOperationException($"Simulated crash while auditing {file}");
    }
}
