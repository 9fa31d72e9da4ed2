namespace HebeiCredit.Infrastructure.Uploads.Reading;

/// <summary>
/// A read-only stream that gives back some bytes already read (those taken from <paramref name="inner"/> to sniff it,
/// or a file's header line in front of one of its chunks), then the rest of <paramref name="inner"/>, which the caller
/// disposes: the blob stream need not be seekable.
/// </summary>
internal sealed class ReplayStream(byte[] head, int start, int length, Stream inner) : Stream
{
    private int position = start;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (position < length)
        {
            var n = Math.Min(buffer.Length, length - position);
            head.AsSpan(position, n).CopyTo(buffer);
            position += n;
            return n;
        }

        return inner.Read(buffer);
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        position < length ? ValueTask.FromResult(Read(buffer.Span)) : inner.ReadAsync(buffer, cancellationToken);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
