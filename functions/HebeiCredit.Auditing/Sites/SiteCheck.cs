using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Sites.Audit;
using HebeiCredit.Auditing.Sites.Availability;

namespace HebeiCredit.Auditing.Sites;

/// <summary>
/// The result of crawling and auditing one site once: the home page fetch, its evidence, the findings, and how the
/// read of its 行政处罚 list went (null when the registry configures none).
/// </summary>
public sealed record SiteCheck(
    string RunId,
    SiteEntry Site,
    FetchOutcome Fetch,
    string? EvidenceBlob,
    string? Sha256,
    IReadOnlyList<Finding> Findings,
    SiteColumnTally? Columns = null,
    AvailabilityStats? Availability = null,
    PenaltyListRead? PenaltyList = null);
