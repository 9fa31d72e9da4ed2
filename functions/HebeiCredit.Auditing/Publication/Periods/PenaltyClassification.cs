using HebeiCredit.Auditing.Policies;

namespace HebeiCredit.Auditing.Publication.Periods;

/// <summary>
/// Where a penalty record falls under the policy, and why: the version applied, the class, its periods (the longer
/// minimum of a field of law included) and whether it may be taken down before the maximum.
/// </summary>
/// <param name="Reason">Why the class applies: the condition that held, or the version's default reason.</param>
/// <param name="IsDefault">True when no condition decided and the version's default class applies.</param>
/// <param name="LongerMinimum">The field of law that lengthened the minimum, if any.</param>
/// <param name="NoEarlyStopReason">Set when the record may not be taken down before its maximum, repaired or not.</param>
public sealed record PenaltyClassification(
    PeriodVersion Version,
    PeriodClass Class,
    string Reason,
    bool IsDefault,
    DateOnly? DecisionDate,
    int MinMonths,
    LongerMinimum? LongerMinimum,
    string? NoEarlyStopReason)
{
    public int MaxMonths => Class.MaxMonths;

    /// <summary>The last day of the minimum period; null without a decision date.</summary>
    public DateOnly? MinEnd => DecisionDate is { } d ? PublicationPeriod.End(d, MinMonths) : null;

    /// <summary>The last day of the maximum period; null without a decision date.</summary>
    public DateOnly? MaxEnd => DecisionDate is { } d ? PublicationPeriod.End(d, MaxMonths) : null;

    /// <summary>The sentence a finding opens with: the version, the class and why, and a longer minimum.</summary>
    public string Describe()
    {
        var text = IsDefault
            ? $"按{Version.Id}（{Version.Document}），该处罚按默认类别“{Class.Name}”处理：{Reason}。"
            : $"按{Version.Id}（{Version.Document}），该处罚归为“{Class.Name}”：{Reason}。";
        if (DecisionDate is null)
        {
            text += "处罚决定日期缺失，按核查日施行的版本处理，无法计算公示期限。";
        }

        if (LongerMinimum is { } longer)
        {
            text += $"因涉及{longer.Name}领域，最短公示期为{PublicationPeriod.Months(longer.MinMonths)}"
                + (longer.Confirmed ? "。" : "（未经核实的默认设置）。");
        }

        return text;
    }
}
