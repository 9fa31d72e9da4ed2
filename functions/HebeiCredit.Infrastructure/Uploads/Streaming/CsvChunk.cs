namespace HebeiCredit.Infrastructure.Uploads.Streaming;

/// <summary>
/// A run of whole lines of a delimited text file, after its header; or, when <see cref="Bytes"/> is null, the mark
/// that the file from <see cref="Offset"/> on must be read in one stream (a quote was seen, or a line is too long).
/// </summary>
/// <param name="Bytes">The lines; pooled (<see cref="System.Buffers.ArrayPool{T}.Shared"/>), returned once read.</param>
/// <param name="Offset">Where the lines start in the file.</param>
/// <param name="RowsBefore">The file row of the first line, less 2 (a header on row 1 puts the first data line at 0).</param>
internal sealed record CsvChunk(byte[]? Bytes, int Length, long Offset, int RowsBefore)
{
    public ReadOnlySpan<byte> Lines => Bytes.AsSpan(0, Length);
}
