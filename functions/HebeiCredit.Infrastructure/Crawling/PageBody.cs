namespace HebeiCredit.Infrastructure.Crawling;

/// <summary>A fetched page's bytes (possibly empty), as received, capped at the configured size.</summary>
public readonly record struct PageBody(ReadOnlyMemory<byte> Bytes)
{
    public static readonly PageBody Empty = new(ReadOnlyMemory<byte>.Empty);

    public bool IsEmpty => Bytes.IsEmpty;
}
