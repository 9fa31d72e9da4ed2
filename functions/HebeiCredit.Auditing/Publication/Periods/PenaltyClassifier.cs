using HebeiCredit.Auditing.Policies;
using HebeiCredit.Auditing.Publication.Records;

namespace HebeiCredit.Auditing.Publication.Periods;

/// <summary>
/// Puts a penalty record into a class of the version that applies to it (see <see cref="PublicationPeriodPolicy"/>),
/// from 处罚类别, 处罚内容, 罚款金额, 违法行为类型 and 处罚机关. The classes are tried in the version's order; when no
/// condition holds, the version's default class applies and the result says so. A record with no decision date is
/// classed under the general version in force on <c>today</c>, without periods.
/// </summary>
public static class PenaltyClassifier
{
    public static PenaltyClassification Classify(PublicationRecord record, PublicationPeriodPolicy policy, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(policy);
        var version = record.DecisionDate is { } decided ? policy.VersionFor(decided, record.Authority) : policy.GeneralVersionAt(today);

        var (periodClass, reason, isDefault) = Match(record, version);
        var longer = periodClass.Published
            ? (version.LongerMinimums ?? []).Where(l => PenaltyCondition.ContainsAny(l.Markers, record.ViolationType, record.PenaltyContent, record.Authority))
                .MaxBy(l => l.MinMonths)
            : null;
        var minMonths = Math.Min(Math.Max(periodClass.MinMonths, longer?.MinMonths ?? 0), periodClass.MaxMonths);
        var noEarlyStop = (version.NoEarlyStop ?? []).FirstOrDefault(c => c.Matches(record));
        return new PenaltyClassification(
            version, periodClass, reason, isDefault, record.DecisionDate, minMonths,
            longer is not null && longer.MinMonths > periodClass.MinMonths ? longer : null,
            noEarlyStop?.Reason);
    }

    private static (PeriodClass Class, string Reason, bool IsDefault) Match(PublicationRecord record, PeriodVersion version)
    {
        foreach (var periodClass in version.Classes)
        {
            if ((periodClass.Conditions ?? []).FirstOrDefault(c => c.Matches(record)) is { } condition)
            {
                return (periodClass, condition.Reason + Fields(record), false);
            }
        }

        return (version.ClassNamed(version.DefaultClass), version.DefaultReason + Fields(record), true);
    }

    /// <summary>（处罚类别“警告”，罚款金额0.05万元）: the fields the class was read from, as the record gives them.</summary>
    private static string Fields(PublicationRecord record)
    {
        var category = string.IsNullOrWhiteSpace(record.PenaltyCategory) ? "处罚类别为空" : $"处罚类别“{record.PenaltyCategory.Trim()}”";
        var fine = record.FineAmount is { } amount and > 0m
            ? $"罚款金额{amount.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture)}万元"
            : "未处罚款";
        return $"（{category}，{fine}）";
    }
}
