namespace HebeiCredit.Infrastructure.Storage;

/// <summary>The containers, queues and tables of DESIGN.md; infra/ creates the same names in Azure.</summary>
public static class StorageNames
{
    public const string ConnectionSetting = "AzureWebJobsStorage";

    public const string ConfigContainer = "config";
    public const string EvidenceContainer = "evidence";
    public const string InboxContainer = "inbox";
    public const string ArchiveContainer = "archive";
    public const string RejectedContainer = "rejected";
    public const string NoticesContainer = "notices";

    /// <summary>The static website's container: the overview of the notices.</summary>
    public const string WebContainer = "$web";

    public const string CrawlQueue = "crawl-site";

    public const string ProbesTable = "Probes";
    public const string SiteChecksTable = "SiteChecks";
    public const string FindingsTable = "Findings";
    public const string DecisionsTable = "Decisions";
    public const string PublicationRatesTable = "PublicationRates";
    public const string UploadAttemptsTable = "UploadAttempts";
    public const string UnitKeysTable = "UnitKeys";
    public const string PublishedRecordsTable = "PublishedRecords";
    public const string RepairsTable = "Repairs";
}
