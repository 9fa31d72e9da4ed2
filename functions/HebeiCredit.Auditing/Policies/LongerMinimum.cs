namespace HebeiCredit.Auditing.Policies;

/// <summary>
/// A field of law whose penalties keep a longer minimum period (e.g. 特种设备: 1 year), recognised by a marker in
/// 违法行为类型, 处罚内容 or 处罚机关.
/// </summary>
/// <param name="Confirmed">False for a default not verified against the source text; the finding says so.</param>
public sealed record LongerMinimum(string Name, IReadOnlyList<string> Markers, int MinMonths, bool Confirmed, string Clause);
