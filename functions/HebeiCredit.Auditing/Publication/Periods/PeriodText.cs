using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Repair;

namespace HebeiCredit.Auditing.Publication.Periods;

/// <summary>The wording and evidence the period rules share.</summary>
internal static class PeriodText
{
    public static string Date(DateOnly date) => PublicationText.Date(date);

    /// <summary>该记录最后一次于2026-03-02见于网站，2026-03-05核查时已撤下</summary>
    public static string Removal(JudgedPenalty penalty) =>
        $"该记录最后一次于{Date(penalty.LastSeenOn)}见于网站，{Date(penalty.ObservedOn)}核查时已撤下";

    public static string StillShown(JudgedPenalty penalty) => $"{Date(penalty.ObservedOn)}核查时仍在公示";

    /// <summary>The sighting the finding rests on, then the repair row when there is one.</summary>
    public static IReadOnlyList<Evidence> Evidence(JudgedPenalty penalty) =>
        penalty.Repair is { } repair ? [penalty.History.Evidence, RepairEvidence(repair)] : [penalty.History.Evidence];

    public static Evidence RepairEvidence(RepairDecision repair) =>
        new($"全国信用修复结果“{repair.File}”第{repair.Row}行：修复决定日期{Date(repair.RepairedOn)}", File: repair.File, Row: repair.Row, Field: "修复决定日期");

    public static Finding Finding(PeriodAuditContext context, string ruleId, JudgedPenalty penalty, string summary, string explanation, PolicyClause clause) =>
        new(ruleId, context.Unit, penalty.Subject, summary, explanation, clause, Evidence(penalty), context.ObservedAt);

    public static PolicyClause ClassClause(PenaltyClassification classification) =>
        new(classification.Version.Document, classification.Class.Clause, classification.Version.Id);
}
