using HebeiCredit.Auditing.Publication.Sources;

namespace HebeiCredit.Infrastructure.Uploads;

/// <summary>
/// Where the 双公示 audit plugs into the upload life: it gets the file's header and its rows (streamed, read once)
/// and says whether the file is accepted. Storage, moving and reporting are not its business.
/// Throwing <see cref="Reading.UploadFormatException"/> (as the rows do when the file breaks further down) rejects the
/// file; any other exception leaves it in the inbox for the trigger to retry.
/// </summary>
public interface IUploadProcessor
{
    Task<UploadOutcome> ProcessAsync(
        UploadKind kind, string unit, string file, IReadOnlyList<string> headers, IAsyncEnumerable<SourceRow> rows, CancellationToken cancellationToken);
}
