namespace HebeiCredit.Infrastructure.Uploads;

/// <summary>What became of an upload.</summary>
public enum UploadDisposition
{
    /// <summary>Accepted and moved to archive/.</summary>
    Archived,

    /// <summary>Rejected and moved to rejected/ with its report.</summary>
    Rejected,

    /// <summary>Every earlier attempt failed: parked in rejected/poison/ with its report, not processed again.</summary>
    Poisoned,

    /// <summary>An earlier attempt already archived or rejected this very upload; nothing was done again.</summary>
    AlreadyHandled,

    /// <summary>The blob is no longer in the inbox (an earlier attempt moved it).</summary>
    Gone,
}
