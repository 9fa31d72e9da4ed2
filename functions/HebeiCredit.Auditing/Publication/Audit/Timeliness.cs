namespace HebeiCredit.Auditing.Publication.Audit;

/// <summary>Where a decision stands against its reporting deadline.</summary>
internal enum Timeliness
{
    /// <summary>Neither in the ledger nor reported (known only from a source or the website): no deadline is judged.</summary>
    NotApplicable,

    OnTime,

    Late,

    /// <summary>In the ledger, not reported, and the deadline has passed.</summary>
    Missing,

    /// <summary>In the ledger, not reported, and the deadline has not passed yet (the deadline day included).</summary>
    Pending,

    /// <summary>No usable decision date or report date, or the calendar does not cover the dates.</summary>
    Unjudged,
}
