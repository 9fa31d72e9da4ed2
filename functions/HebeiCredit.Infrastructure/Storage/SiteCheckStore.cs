using Azure.Data.Tables;
using HebeiCredit.Auditing.Sites;

namespace HebeiCredit.Infrastructure.Storage;

/// <summary>Table SiteChecks: one row per crawl of a site, partitioned by unit, keyed by fetch time.</summary>
public sealed class SiteCheckStore
{
    private readonly TableClient table;
    private readonly CreateOnce create;

    public SiteCheckStore(StorageClients clients)
    {
        table = clients.Tables.GetTableClient(StorageNames.SiteChecksTable);
        create = new CreateOnce(ct => table.CreateIfNotExistsAsync(ct));
    }

    public async Task SaveAsync(SiteCheck check, CancellationToken cancellationToken)
    {
        await create.EnsureAsync(cancellationToken);
        var entity = FetchEntity.From(check.Site.Unit, check.Fetch);
        entity["RunId"] = check.RunId;
        entity["Name"] = check.Site.Name;
        entity["EvidenceBlob"] = check.EvidenceBlob;
        entity["Sha256"] = check.Sha256;
        entity["Findings"] = check.Findings.Count;
        entity["FindingRules"] = string.Join(",", check.Findings.Select(f => f.RuleId).Distinct());
        entity["ColumnSummary"] = check.Columns?.Summary;
        if (check.Availability is { } availability)
        {
            entity["WindowProbes"] = availability.Probes;
            entity["WindowFailures"] = availability.Failures;
            entity["WindowMedianMs"] = (long?)availability.MedianLatency?.TotalMilliseconds;
            entity["WindowP95Ms"] = (long?)availability.P95Latency?.TotalMilliseconds;
            entity["WindowIncidents"] = availability.Incidents.Count;
        }

        if (check.PenaltyList is { } penaltyList)
        {
            entity["PenaltyListPages"] = penaltyList.Pages;
            entity["PenaltyListRecords"] = penaltyList.Records;
            entity["PenaltyListProblem"] = penaltyList.Problem;
        }

        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<IReadOnlyList<TableEntity>> ListAsync(string unit, CancellationToken cancellationToken)
    {
        await create.EnsureAsync(cancellationToken);
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {unit}"), cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }
}
