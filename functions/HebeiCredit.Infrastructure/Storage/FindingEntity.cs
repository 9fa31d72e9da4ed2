using System.Text.Json;
using Azure.Data.Tables;
using HebeiCredit.Auditing.Findings;

namespace HebeiCredit.Infrastructure.Storage;

/// <summary>
/// The table shape of a finding and the rules of its life. Evidence and history are kept as JSON: they are read
/// whole, never queried.
/// </summary>
internal static class FindingEntity
{
    public const string StatusColumn = "Status";

    /// <summary>Enough for years of monthly audits and reports; older steps drop off, the timestamps stay.</summary>
    public const int MaxHistory = 50;

    private static readonly string[] LifeColumns =
        ["ReportAction", "ReportEvidenceUrl", "ReportedAt", "ReportedBy", "FixedAt", "FixedByRun", "ReopenedAt", "ReportsRejected"];

    /// <summary>Not yet confirmed fixed: open, reopened, or reported by the city and awaiting the next audit.</summary>
    public static bool IsOpen(TableEntity row) => Status(row) is not FindingStatus.Fixed;

    public static FindingStatus Status(TableEntity row) => Enum.Parse<FindingStatus>(row.GetString(StatusColumn)!);

    /// <summary>The row after an audit saw the finding at <paramref name="now"/>.</summary>
    public static TableEntity Seen(Finding finding, TableEntity? previous, string runId, DateTimeOffset now)
    {
        var row = new TableEntity(finding.Unit, finding.Key)
        {
            ["RuleId"] = finding.RuleId,
            ["Subject"] = finding.Subject,
            ["Summary"] = finding.Summary,
            ["Explanation"] = finding.Explanation,
            ["ClauseDocument"] = finding.Clause.Document,
            ["Clause"] = finding.Clause.Clause,
            ["PolicyVersion"] = finding.Clause.Version,
            ["Evidence"] = JsonSerializer.Serialize(finding.Evidence, StorageJson.Options),
            ["ObservedAt"] = finding.ObservedAt,
            ["FirstSeen"] = previous?.GetDateTimeOffset("FirstSeen") ?? now,
            ["LastSeen"] = now,
            ["LastRun"] = runId,
            ["TimesSeen"] = (previous?.GetInt32("TimesSeen") ?? 0) + 1,
        };
        if (previous is null)
        {
            return Enter(row, FindingStatus.Open, now, runId);
        }

        foreach (var column in LifeColumns.Append("History").Where(previous.ContainsKey))
        {
            row[column] = previous[column];
        }

        switch (Status(previous))
        {
            case FindingStatus.Fixed:
                row["ReopenedAt"] = now;
                return Enter(row, FindingStatus.Reopened, now, runId);
            // An audit that looked after the city's report and still sees the problem contradicts the report. One
            // that looked before it (a crawl already running when the city reported) says nothing about the fix.
            case FindingStatus.Reported when previous.GetDateTimeOffset("ReportedAt") is { } reportedAt && now >= reportedAt:
                row["ReportsRejected"] = (previous.GetInt32("ReportsRejected") ?? 0) + 1;
                return Enter(row, FindingStatus.Open, now, runId);
            default:
                row[StatusColumn] = previous.GetString(StatusColumn);
                return row;
        }
    }

    /// <summary>The row after an audit of the finding's rule family no longer saw it.</summary>
    public static TableEntity Gone(TableEntity row, string runId, DateTimeOffset now)
    {
        row["FixedAt"] = now;
        row["FixedByRun"] = runId;
        return Enter(row, FindingStatus.Fixed, now, runId);
    }

    /// <summary>The row after the city reported a fix.</summary>
    public static TableEntity Reported(TableEntity row, RectificationReport report)
    {
        row["ReportAction"] = report.Action;
        row["ReportEvidenceUrl"] = report.EvidenceUrl.AbsoluteUri;
        row["ReportedAt"] = report.ReportedAt;
        row["ReportedBy"] = report.KeyId;
        return Enter(row, FindingStatus.Reported, report.ReportedAt, $"key:{report.KeyId}");
    }

    public static StoredFinding ToStored(TableEntity row) => new(
        new Finding(
            row.GetString("RuleId"),
            row.PartitionKey,
            row.GetString("Subject"),
            row.GetString("Summary"),
            row.GetString("Explanation"),
            new PolicyClause(row.GetString("ClauseDocument"), row.GetString("Clause"), row.GetString("PolicyVersion")),
            JsonSerializer.Deserialize<List<Evidence>>(row.GetString("Evidence") ?? "[]", StorageJson.Options) ?? [],
            row.GetDateTimeOffset("ObservedAt") ?? default),
        Status(row),
        row.GetDateTimeOffset("FirstSeen") ?? default,
        row.GetDateTimeOffset("LastSeen") ?? default,
        row.GetString("LastRun"),
        row.GetInt32("TimesSeen") ?? 0)
    {
        Rectification = row.GetString("ReportAction") is { } action && row.GetDateTimeOffset("ReportedAt") is { } reportedAt
            ? new RectificationReport(action, new Uri(row.GetString("ReportEvidenceUrl")), reportedAt, row.GetString("ReportedBy"))
            : null,
        FixedAt = row.GetDateTimeOffset("FixedAt"),
        ReopenedAt = row.GetDateTimeOffset("ReopenedAt"),
        ReportsRejected = row.GetInt32("ReportsRejected") ?? 0,
        History = History(row),
    };

    private static List<FindingEvent> History(TableEntity row) =>
        JsonSerializer.Deserialize<List<FindingEvent>>(row.GetString("History") ?? "[]", StorageJson.Options) ?? [];

    private static TableEntity Enter(TableEntity row, FindingStatus status, DateTimeOffset at, string source)
    {
        var history = History(row);
        history.Add(new FindingEvent(at, status, source));
        row[StatusColumn] = status.ToString();
        row["History"] = JsonSerializer.Serialize(history.TakeLast(MaxHistory), StorageJson.Options);
        return row;
    }
}
