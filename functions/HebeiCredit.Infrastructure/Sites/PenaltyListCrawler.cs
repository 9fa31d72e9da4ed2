using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Publication.History;
using HebeiCredit.Auditing.Publication.Lists;
using HebeiCredit.Auditing.Sites;
using HebeiCredit.Auditing.Sites.Policy;
using HebeiCredit.Auditing.Time;
using HebeiCredit.Infrastructure.Crawling;
using HebeiCredit.Infrastructure.Storage;

namespace HebeiCredit.Infrastructure.Sites;

/// <summary>
/// Reads a portal's 行政处罚 list (HTML table pages or its JSON endpoint) page by page, up to the policy's page limit,
/// keeping every page as evidence. The list counts as read only when its last page was reached with every page
/// readable: anything less is reported with its reason and yields no sightings. Pages are packed and read on the
/// <see cref="PageReaders"/>.
/// </summary>
internal sealed class PenaltyListCrawler(SiteSession session, SiteEvidence evidence, PageReaders readers, WebsitePolicy policy, DateTimeOffset crawledAt)
{
    private readonly DateOnly crawlDate = ChinaTime.DateOf(crawledAt);

    public async Task<(PenaltyListRead Read, IReadOnlyList<PublishedSighting> Sightings)> ReadAsync(PenaltyListSettings settings, CancellationToken cancellationToken)
    {
        var site = session.Site;
        var sightings = new List<PublishedSighting>();
        var fetched = new List<Uri>();
        for (Uri? next = settings.Resolve(site.Portal!); next is not null;)
        {
            if (fetched.Contains(next))
            {
                return Incomplete($"翻页回到了已读过的页面 {next}");
            }

            if (fetched.Count >= policy.MaxPagesPerColumn)
            {
                return Incomplete($"列表超过 {policy.MaxPagesPerColumn} 页，未读完");
            }

            if (session.BudgetExhausted)
            {
                return Incomplete("本站抓取时间已用完，列表未读完");
            }

            fetched.Add(next);
            var (outcome, body) = await session.FetchAsync(next, cancellationToken);
            if (!outcome.Succeeded || body.Text is null)
            {
                return Incomplete($"{next} 未能读取（{outcome.ErrorKind}{(outcome.StatusCode is { } status ? $" {status}" : "")}）");
            }

            var (sha256, page) = await readers.ReadAsync(() => (
                evidence.Add(outcome, body),
                settings.Format == PenaltyListFormat.Json
                    ? PenaltyJsonReader.Read(body.Text, next, settings, fetched.Count, sightings.Count, site.Unit, crawlDate)
                    : PenaltyTableReader.Read(body.Text, outcome.FinalUrl ?? next, site.Unit, crawlDate)));
            var blob = evidence.BlobName;
            if (page.Problem is { } problem)
            {
                return Incomplete($"{next}：{problem}");
            }

            sightings.AddRange(page.Records.Select(r => new PublishedSighting(r, new Evidence(
                $"行政处罚公示列表 {next} 第{r.Row}行：{r.Document}", next, blob, sha256, outcome.FetchedAt, Row: r.Row))));
            next = page.NextPage;
        }

        return (new PenaltyListRead(fetched.Count, sightings.Count, null), sightings);

        (PenaltyListRead, IReadOnlyList<PublishedSighting>) Incomplete(string problem) => (new PenaltyListRead(fetched.Count, sightings.Count, problem), []);
    }
}
