using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Publication.Audit;
using HebeiCredit.Auditing.Publication.Headers;
using HebeiCredit.Auditing.Publication.Sources;

namespace HebeiCredit.Auditing.Publication.Rules;

/// <summary>The wording shared by the timeliness rules.</summary>
internal static class DecisionText
{
    /// <summary>处罚决定日期2021-06-01，应于2021-06-10前报送（7个工作日），</summary>
    public static string Deadline(DecisionAssessment judged) =>
        $"{PublicationText.DecisionDateName(judged.Decision.Kind)}{PublicationText.Date(judged.DecisionDate!.Value)}，"
        + $"应于{PublicationText.Date(judged.Deadline!.Value)}前报送（{judged.Rule!.WorkingDays}个工作日），";

    /// <summary>The ledger rows (their decision date) and the platform rows (their receipt time).</summary>
    public static IReadOnlyList<Evidence> Evidence(DecisionAssessment judged) =>
        judged.Decision.From(UploadKind.Ledgers)
            .Select(r => PublicationText.Evidence(r, PublicationField.DecisionDate, Date(r.DecisionDate)))
            .Concat(judged.Decision.From(UploadKind.Platform)
                .Select(r => PublicationText.Evidence(r, PublicationField.ReportedAt, Date(r.ReportedOn))))
            .ToList();

    public static Finding Finding(PublicationAuditContext context, string ruleId, DecisionAssessment judged, string summary, string explanation, PolicyClause clause, IReadOnlyList<Evidence> evidence) =>
        new(ruleId, context.Unit, judged.Decision.Subject, summary, explanation, clause, evidence, context.ObservedAt);

    private static string? Date(DateOnly? date) => date is { } d ? PublicationText.Date(d) : null;
}
