using System.Runtime.CompilerServices;
using HebeiCredit.Auditing.Publication.Sources;

namespace HebeiCredit.Infrastructure.Uploads.Reading;

/// <summary>
/// An open upload: its header, read already, and its data rows, read one at a time as <see cref="Rows"/> is
/// enumerated (once). Blank rows are skipped; row numbers stay those of the file. An empty cell is null.
/// Reading a row may throw <see cref="UploadFormatException"/> when the file turns out broken further down.
/// </summary>
public sealed class UploadTable : IAsyncDisposable
{
    private readonly IAsyncEnumerator<SourceRow> records;
    private readonly IAsyncDisposable? owner;
    private bool enumerated;

    internal UploadTable(string file, SourceRow header, IAsyncEnumerator<SourceRow> records, IAsyncDisposable? owner)
    {
        File = file;
        HeaderRow = header.Row;
        Headers = header.Cells.Select(c => c?.Trim() ?? "").ToList();
        this.records = records;
        this.owner = owner;
    }

    public string File { get; }

    /// <summary>The row the header was found on: 1 unless the file starts with blank rows.</summary>
    public int HeaderRow { get; }

    public IReadOnlyList<string> Headers { get; }

    public IAsyncEnumerable<SourceRow> Rows => Remaining();

    public async ValueTask DisposeAsync()
    {
        await records.DisposeAsync();
        if (owner is not null)
        {
            await owner.DisposeAsync();
        }
    }

    private async IAsyncEnumerable<SourceRow> Remaining([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (enumerated)
        {
            throw new InvalidOperationException("The rows of an upload can be read only once.");
        }

        enumerated = true;
        while (await records.MoveNextAsync())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return records.Current;
        }
    }
}
