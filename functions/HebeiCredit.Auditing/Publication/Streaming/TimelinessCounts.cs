namespace HebeiCredit.Auditing.Publication.Streaming;

/// <summary>
/// What <see cref="TimelinessTally"/> counted: decisions by <see cref="Audit.Timeliness"/> as PUB-LATE and
/// PUB-MISSING judge them, and the rows it could not place.
/// </summary>
/// <param name="Decisions">Decisions judged or left unjudged (ledger or platform), one per 文书号 + authority.</param>
/// <param name="LateWorkingDays">The working days late summed over the late decisions whose count the calendar covers.</param>
/// <param name="Pending">In the ledger, unreported, deadline not passed yet.</param>
/// <param name="Unjudged">No usable decision or receipt date, or a date beyond the calendar.</param>
/// <param name="WithoutDocument">Rows with no 文书号: the audit does not match them either.</param>
/// <param name="WithoutAuthority">Rows with no deciding authority: not tallied (see <see cref="TimelinessTally"/>).</param>
public sealed record TimelinessCounts(
    long LedgerRows,
    long PlatformRows,
    long Decisions,
    long OnTime,
    long Late,
    long LateWorkingDays,
    long Missing,
    long Pending,
    long Unjudged,
    long WithoutDocument,
    long WithoutAuthority);
