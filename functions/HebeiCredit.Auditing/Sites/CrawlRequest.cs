namespace HebeiCredit.Auditing.Sites;

/// <summary>
/// One message on the crawl-site queue. It carries the registry entry itself, so a crawl does not depend on
/// the registry still holding the same entry when the message is handled.
/// </summary>
public sealed record CrawlRequest(string RunId, SiteEntry Site);
