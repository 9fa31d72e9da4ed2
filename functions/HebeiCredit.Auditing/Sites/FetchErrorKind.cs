namespace HebeiCredit.Auditing.Sites;

/// <summary>Why a page could not be read. Stored by name in SiteChecks and Probes.</summary>
public enum FetchErrorKind
{
    None,
    AddressUnknown,
    NameResolution,
    ConnectionRefused,
    ConnectionReset,
    Timeout,
    HttpStatus,
    TlsError,
    TooLarge,
    AddressBlocked,
    RobotsDisallowed,
    TooManyRedirects,
    CircuitOpen,
    BudgetExhausted,
    Other,
}
