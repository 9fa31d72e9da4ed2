namespace HebeiCredit.Infrastructure.Storage;

/// <summary>One fetch in an evidence pack's manifest (pages.json): the page's entry is named by its SHA-256.</summary>
/// <param name="Headers">The final response's headers, values comma-joined, as [name, value] pairs.</param>
public sealed record EvidencePage(
    string Sha256,
    Uri? Url,
    Uri? FinalUrl,
    int? Status,
    string? ContentType,
    IReadOnlyList<string[]> Headers,
    DateTimeOffset FetchedAt);
