using System.Text.Json;
using Azure.Data.Tables;
using HebeiCredit.Auditing.Findings;

namespace HebeiCredit.Infrastructure.Storage;

/// <summary>The table shape of a finding. Evidence is kept as JSON: it is read whole, never queried.</summary>
internal static class FindingEntity
{
    public const string StatusColumn = "Status";

    public static bool IsOpen(TableEntity row) => row.GetString(StatusColumn) is nameof(FindingStatus.Open) or nameof(FindingStatus.Reopened);

    public static TableEntity From(Finding finding, TableEntity? previous, string runId, DateTimeOffset now)
    {
        var status = previous is null ? FindingStatus.Open
            : IsOpen(previous) ? Enum.Parse<FindingStatus>(previous.GetString(StatusColumn)!)
            : FindingStatus.Reopened;
        return new TableEntity(finding.Unit, finding.Key)
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
            [StatusColumn] = status.ToString(),
            ["FirstSeen"] = previous?.GetDateTimeOffset("FirstSeen") ?? now,
            ["LastSeen"] = now,
            ["LastRun"] = runId,
            ["TimesSeen"] = (previous?.GetInt32("TimesSeen") ?? 0) + 1,
        };
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
        Enum.Parse<FindingStatus>(row.GetString(StatusColumn)),
        row.GetDateTimeOffset("FirstSeen") ?? default,
        row.GetDateTimeOffset("LastSeen") ?? default,
        row.GetString("LastRun"),
        row.GetInt32("TimesSeen") ?? 0);
}
