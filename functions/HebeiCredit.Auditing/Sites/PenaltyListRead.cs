namespace HebeiCredit.Auditing.Sites;

/// <summary>
/// How a crawl's read of the unit's 行政处罚 list went. Only a complete read is recorded as what the site shows: a
/// list that could not be read to its end says nothing about which records were taken down.
/// </summary>
/// <param name="Pages">The list pages (or JSON pages) fetched.</param>
/// <param name="Records">The penalty records read from them.</param>
/// <param name="Problem">Why the list was not read completely (Chinese); null when it was.</param>
public sealed record PenaltyListRead(int Pages, int Records, string? Problem)
{
    public bool Complete => Problem is null;
}
