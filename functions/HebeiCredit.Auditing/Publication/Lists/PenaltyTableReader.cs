using HebeiCredit.Auditing.Publication.Headers;
using HebeiCredit.Auditing.Publication.Records;
using HebeiCredit.Auditing.Publication.Sources;
using HebeiCredit.Auditing.Sites.Pages;
using HtmlAgilityPack;

namespace HebeiCredit.Auditing.Publication.Lists;

/// <summary>
/// Reads a 行政处罚 list page published as an HTML table: the first table whose header row matches the 790号 penalty
/// fields through the upload header aliases, one record a body row, and the next page as the portal's pager gives it.
/// </summary>
public static class PenaltyTableReader
{
    /// <param name="today">The crawl's date (China time): decisions dated after it are kept, flagged as uploads flag them.</param>
    public static PenaltyListPage Read(string html, Uri pageUrl, string unit, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(pageUrl);
        var document = PageHtml.Load(html);
        string? rejection = null;
        foreach (var table in document.DocumentNode.SelectNodes("//table") ?? Enumerable.Empty<HtmlNode>())
        {
            var rows = table.SelectNodes("./tr|./thead/tr|./tbody/tr|./tfoot/tr")?.Where(r => Cells(r).Count > 0).ToList() ?? [];
            if (rows.Count == 0)
            {
                continue;
            }

            var header = HeaderMatcher.Match(Cells(rows[0]).Select(c => c ?? string.Empty).ToList(), UploadKind.Published);
            if (!header.Accepted || header.Kind != DecisionKind.Penalty)
            {
                rejection ??= header.Rejection ?? "表格内容是行政许可，不是行政处罚";
                continue;
            }

            var records = new List<PublicationRecord>();
            for (var i = 1; i < rows.Count; i++)
            {
                // Row numbers as a reader counts them on the page: the header is row 1.
                var read = PublicationRowReader.Read(new SourceRow(i + 1, Cells(rows[i])), header, pageUrl.AbsoluteUri, UploadKind.Published, unit, today);
                if (read.Record is { } record)
                {
                    records.Add(record);
                }
            }

            return new PenaltyListPage(records, PaginationFinder.Next(document, pageUrl, PageHtml.BaseUri(document, pageUrl)), null);
        }

        return PenaltyListPage.Broken(rejection is null
            ? "页面中没有表格，读不到行政处罚公示列表"
            : $"页面中没有可识别的行政处罚公示表格：{rejection}");
    }

    private static List<string?> Cells(HtmlNode row) =>
        (row.SelectNodes("./th|./td") ?? Enumerable.Empty<HtmlNode>())
            .Select(cell => (string?)string.Join(' ', HtmlEntity.DeEntitize(cell.InnerText).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .ToList();
}
