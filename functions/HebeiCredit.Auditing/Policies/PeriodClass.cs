namespace HebeiCredit.Auditing.Policies;

/// <summary>
/// A severity class of a policy version (轻微 / 一般 / 严重, or the version's own names) and its publication period.
/// </summary>
/// <param name="Published">False when the version says records of this class are not published at all.</param>
/// <param name="MinMonths">The minimum period: removal before its end needs a repair decision.</param>
/// <param name="MaxMonths">The maximum period: the record must be taken down after its end.</param>
/// <param name="Conditions">Any one of them puts a record in this class; none for a class reached only by default.</param>
public sealed record PeriodClass(
    string Name,
    string Clause,
    bool Published = true,
    int MinMonths = 0,
    int MaxMonths = 0,
    IReadOnlyList<PenaltyCondition>? Conditions = null);
