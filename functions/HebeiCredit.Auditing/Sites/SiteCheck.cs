using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Sites.Audit;
using HebeiCredit.Auditing.Sites.Availability;

namespace HebeiCredit.Auditing.Sites;

/// <summary>The result of crawling and auditing one site once: the home page fetch, its evidence, and the findings.</summary>
public sealed record SiteCheck(
    string RunId,
    SiteEntry Site,
    FetchOutcome Fetch,
    string? EvidenceBlob,
    string? Sha256,
    IReadOnlyList<Finding> Findings,
    SiteColumnTally? Columns = null,
    AvailabilityStats? Availability = null);
