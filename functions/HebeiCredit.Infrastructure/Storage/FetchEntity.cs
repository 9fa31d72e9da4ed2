using System.Globalization;
using Azure.Data.Tables;
using HebeiCredit.Auditing.Sites;

namespace HebeiCredit.Infrastructure.Storage;

/// <summary>The table shape of a <see cref="FetchOutcome"/>, shared by Probes and SiteChecks.</summary>
internal static class FetchEntity
{
    /// <summary>Row keys sort by time: the fetch instant in UTC, to the tick.</summary>
    public static string RowKey(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfffffff", CultureInfo.InvariantCulture);

    public static TableEntity From(string unit, FetchOutcome fetch) => new(unit, RowKey(fetch.FetchedAt))
    {
        ["Url"] = fetch.Url?.AbsoluteUri,
        ["FinalUrl"] = fetch.FinalUrl?.AbsoluteUri,
        ["FetchedAt"] = fetch.FetchedAt,
        ["StatusCode"] = fetch.StatusCode,
        ["LatencyMs"] = (long)fetch.Elapsed.TotalMilliseconds,
        ["Bytes"] = fetch.Bytes,
        ["ContentType"] = fetch.ContentType,
        ["ErrorKind"] = fetch.ErrorKind.ToString(),
        ["Error"] = fetch.Error,
    };

    public static FetchOutcome ToOutcome(TableEntity row) => new(
        row.GetString("Url") is { } url ? new Uri(url) : null,
        row.GetDateTimeOffset("FetchedAt") ?? default,
        TimeSpan.FromMilliseconds(row.GetInt64("LatencyMs") ?? 0),
        Enum.TryParse<FetchErrorKind>(row.GetString("ErrorKind"), out var kind) ? kind : FetchErrorKind.Other,
        row.GetInt32("StatusCode"),
        row.GetString("FinalUrl") is { } final ? new Uri(final) : null,
        row.GetInt64("Bytes") ?? 0,
        row.GetString("ContentType"),
        row.GetString("Error"));
}
