using HebeiCredit.Auditing.Publication.Records;

namespace HebeiCredit.Auditing.Publication.Lists;

/// <summary>
/// One page of a portal's 行政处罚 list as read: its records, the next page to fetch, or why the page could not be
/// read (then the list is incomplete and must not be taken as what the site shows).
/// </summary>
/// <param name="Records">The records in the order shown; a record's <see cref="PublicationRecord.Row"/> is its row on the page.</param>
/// <param name="NextPage">The next page of the list; null on the last page.</param>
/// <param name="Problem">Why the page is not a readable list (Chinese); null when it is.</param>
public sealed record PenaltyListPage(IReadOnlyList<PublicationRecord> Records, Uri? NextPage, string? Problem)
{
    public bool IsReadable => Problem is null;

    internal static PenaltyListPage Broken(string problem) => new([], null, problem);
}
