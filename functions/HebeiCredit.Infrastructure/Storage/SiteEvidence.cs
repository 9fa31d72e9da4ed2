using HebeiCredit.Auditing.Sites;
using HebeiCredit.Infrastructure.Crawling;

namespace HebeiCredit.Infrastructure.Storage;

/// <summary>
/// The evidence of one site's crawl. The names already kept under evidence/{date}/{unit}/ are listed once, when the
/// crawl starts: a page unchanged since an earlier crawl that day then costs no storage request, and a new page one
/// upload, instead of an existence check per page (which was half of the crawl's storage requests).
/// </summary>
public sealed class SiteEvidence
{
    private readonly EvidenceStore store;
    private readonly string unit;
    private readonly DateOnly date;
    private readonly Lock gate = new();
    private Task<HashSet<string>>? stored;

    internal SiteEvidence(EvidenceStore store, string unit, DateOnly date)
    {
        this.store = store;
        this.unit = unit;
        this.date = date;
    }

    /// <returns>The blob name (inside the evidence container) and the SHA-256 of the page bytes, in lower-case hex.</returns>
    public async Task<(string Blob, string Sha256)> SaveAsync(FetchOutcome fetch, PageBody body, CancellationToken cancellationToken)
    {
        Task<HashSet<string>> listing;
        lock (gate)
        {
            // A failed listing (storage briefly away) is not kept: the next page lists again.
            listing = stored is { IsFaulted: false, IsCanceled: false } ? stored : stored = store.ListNamesAsync(date, unit, cancellationToken);
        }

        var names = await listing;
        var sha256 = EvidenceStore.Sha256Of(body);
        var fetchDate = EvidenceStore.DateOf(fetch);
        var name = EvidenceStore.BlobName(fetchDate, unit, sha256);
        var listed = fetchDate == date;
        lock (gate)
        {
            // Also claims the name, so the same bytes fetched twice in one crawl are uploaded once.
            if (listed && !names.Add(name))
            {
                return (name, sha256);
            }
        }

        try
        {
            await store.UploadAsync(name, fetch, body, cancellationToken);
        }
        catch when (listed)
        {
            lock (gate)
            {
                names.Remove(name);
            }

            throw;
        }

        return (name, sha256);
    }
}
