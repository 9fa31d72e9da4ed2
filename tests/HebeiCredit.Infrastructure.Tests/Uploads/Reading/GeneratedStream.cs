namespace HebeiCredit.Infrastructure.Tests.Uploads.Reading;

/// <summary>
/// A forward-only stream of <paramref name="count"/> chunks made on demand by <paramref name="chunk"/>: a large
/// upload for a test without holding it in memory.
/// </summary>
internal sealed class GeneratedStream(int count, Func<int, byte[]> chunk) : Stream
{
    private int next;
    private byte[] current = [];
    private int position;

    public long BytesRead { get; private set; }

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
        var written = 0;
        while (written < buffer.Length)
        {
            if (position == current.Length)
            {
                if (next == count)
                {
                    break;
                }

                current = chunk(next++);
                position = 0;
                continue;
            }

            var n = Math.Min(buffer.Length - written, current.Length - position);
            current.AsSpan(position, n).CopyTo(buffer[written..]);
            position += n;
            written += n;
        }

        BytesRead += written;
        return written;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
