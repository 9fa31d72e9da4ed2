using HebeiCredit.Auditing.Publication.Records;

namespace HebeiCredit.Auditing.Policies;

/// <summary>
/// A test on a penalty record's fields; every constraint given must hold. <see cref="Reason"/> is what a city reads
/// when the test decided its record's class.
/// </summary>
/// <param name="CategoriesOnly">Every penalty type listed in 处罚类别 is one of these (and there is at least one).</param>
/// <param name="PenaltyAny">处罚类别 or 处罚内容 contains one of these.</param>
/// <param name="ContentAny">处罚内容 contains one of these.</param>
/// <param name="AreaAny">违法行为类型, 处罚内容 or 处罚机关 contains one of these.</param>
/// <param name="NoFine">罚款金额 is empty or zero.</param>
/// <param name="FineAtMost">罚款金额 (万元, empty counts as zero) is at most this.</param>
public sealed record PenaltyCondition(
    string Reason,
    IReadOnlyList<string>? CategoriesOnly = null,
    IReadOnlyList<string>? PenaltyAny = null,
    IReadOnlyList<string>? ContentAny = null,
    IReadOnlyList<string>? AreaAny = null,
    bool NoFine = false,
    decimal? FineAtMost = null)
{
    private static readonly char[] CategorySeparators = ['、', ',', '，', ';', '；', '/', ' ', '\u3000', '|'];

    public bool HasConstraint =>
        CategoriesOnly is { Count: > 0 } || PenaltyAny is { Count: > 0 } || ContentAny is { Count: > 0 }
        || AreaAny is { Count: > 0 } || NoFine || FineAtMost is not null;

    public bool Matches(PublicationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var fine = record.FineAmount ?? 0m;
        return (CategoriesOnly is not { Count: > 0 } only || CategoriesIn(record.PenaltyCategory) is { Count: > 0 } listed && listed.All(only.Contains))
            && (PenaltyAny is not { Count: > 0 } penalties || ContainsAny(penalties, record.PenaltyCategory, record.PenaltyContent))
            && (ContentAny is not { Count: > 0 } contents || ContainsAny(contents, record.PenaltyContent))
            && (AreaAny is not { Count: > 0 } areas || ContainsAny(areas, record.ViolationType, record.PenaltyContent, record.Authority))
            && (!NoFine || fine == 0m)
            && (FineAtMost is not { } most || fine <= most);
    }

    /// <summary>The penalty types of 处罚类别 ("警告、罚款" -> 警告, 罚款).</summary>
    public static IReadOnlyList<string> CategoriesIn(string? penaltyCategory) =>
        (penaltyCategory ?? string.Empty).Split(CategorySeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    internal static bool ContainsAny(IReadOnlyList<string> markers, params string?[] fields) =>
        fields.Any(f => f is not null && markers.Any(m => f.Contains(m, StringComparison.Ordinal)));
}
