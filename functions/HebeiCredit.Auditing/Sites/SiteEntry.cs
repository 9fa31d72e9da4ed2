using HebeiCredit.Auditing.Sites.Columns;

namespace HebeiCredit.Auditing.Sites;

/// <summary>One audited unit and its credit portal, as the site registry lists it.</summary>
/// <param name="Unit">Region code (GB/T 2260): 1301 for 石家庄, 130682 for 定州.</param>
/// <param name="Portal">The portal's home page; null when the registry says the address is not known.</param>
/// <param name="AllowPrivateNetwork">
/// Lets the crawler reach loopback and private addresses, but only at the portal's own host name (the simulated
/// province): a redirect from there to any other private address is still refused.
/// </param>
/// <param name="Columns">Registry field "columns": extra synonyms, XPath overrides and the required set for this portal.</param>
/// <param name="PenaltyList">Registry field "penaltyList": where the portal publishes its 行政处罚 list; null when not configured.</param>
/// <param name="RespectRobots">Whether the crawl obeys the portal's robots.txt (registry field "respectRobots", default true).</param>
public sealed record SiteEntry(
    string Unit,
    string Name,
    UnitLevel Level,
    Uri? Portal,
    string? Parent = null,
    bool AllowPrivateNetwork = false,
    string? Note = null,
    bool RespectRobots = true,
    SiteColumnSettings? Columns = null,
    PenaltyListSettings? PenaltyList = null)
{
    public bool AddressKnown => Portal is not null;
}
