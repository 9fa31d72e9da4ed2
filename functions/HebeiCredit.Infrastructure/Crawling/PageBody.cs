namespace HebeiCredit.Infrastructure.Crawling;

/// <summary>
/// A fetched page's bytes (possibly empty) as received after content decoding, capped at the configured size,
/// with the response headers and, for textual content, the decoded text and the charset used.
/// </summary>
public readonly record struct PageBody(ReadOnlyMemory<byte> Bytes)
{
    private readonly IReadOnlyList<KeyValuePair<string, string>>? headers;

    public static readonly PageBody Empty = new(ReadOnlyMemory<byte>.Empty);

    public bool IsEmpty => Bytes.IsEmpty;

    /// <summary>The page as text; null for non-textual content, empty bodies and refused (too large) bodies.</summary>
    public string? Text { get; init; }

    /// <summary>The WHATWG name of the encoding <see cref="Text"/> was decoded with ("utf-8", "gb18030").</summary>
    public string? Charset { get; init; }

    public CharsetSource CharsetSource { get; init; }

    /// <summary>Response and content headers of the final response, values comma-joined.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get => headers ?? []; init => headers = value; }
}
