using HebeiCredit.Auditing.Sites;

namespace HebeiCredit.Cli.Sites;

internal sealed record AuditResult(
    string RunId,
    SiteRegistry Registry,
    IReadOnlyDictionary<string, FetchOutcome> Probes,
    IReadOnlyDictionary<string, SiteCheck> Checks);
