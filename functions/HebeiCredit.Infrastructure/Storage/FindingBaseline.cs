using Azure.Data.Tables;

namespace HebeiCredit.Infrastructure.Storage;

/// <summary>A unit's findings of one audit's rules as read before the audit records its own (<see cref="FindingStore.ReadBaselineAsync"/>).</summary>
public sealed class FindingBaseline
{
    internal FindingBaseline(string unit) => Unit = unit;

    public string Unit { get; }

    /// <summary>The rows by row key, each with the ETag its write is conditional on.</summary>
    internal Dictionary<string, TableEntity> Rows { get; } = [];
}
