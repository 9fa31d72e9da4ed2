using HebeiCredit.Auditing.Sites.Pages;

namespace HebeiCredit.Auditing.Sites.Audit;

/// <summary>A fetched page and what it was read to hold.</summary>
internal sealed record PageAssessment(PageSnapshot Snapshot, ListPage Page);
