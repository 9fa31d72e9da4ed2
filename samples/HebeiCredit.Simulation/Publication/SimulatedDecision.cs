using HebeiCredit.Auditing.Publication;
using HebeiCredit.Auditing.Publication.Records;

namespace HebeiCredit.Simulation.Publication;

/// <summary>One simulated decision as its rows show it; a planted defect is a row made from an altered copy.</summary>
/// <param name="IdNumber">A natural person's 身份证号码; null for an organisation, whose <paramref name="CreditCode"/> is set.</param>
/// <param name="Matter">违法行为类型 (penalty) or 许可类别 (licensing).</param>
/// <param name="Fine">罚款金额 in 万元; null for a warning or a licence.</param>
internal sealed record SimulatedDecision(
    DecisionKind Kind,
    string Name,
    string? CreditCode,
    string? IdNumber,
    string Document,
    DateOnly Decided,
    string Authority,
    string Matter,
    string Content,
    decimal? Fine,
    DateTime Reported,
    DateTime Published)
{
    public bool Person => IdNumber is not null;

    /// <summary>What PublicationAudit names the decision's findings by: the 文书号 key and the normalised authority.</summary>
    public string Subject => $"{DocumentNumber.Normalize(Document)}#{AuthorityNames.Normalize(Authority)}";

    /// <summary>The ID number as websites show it, the birth date masked.</summary>
    public string? MaskedIdNumber => IdNumber is null ? null : $"{IdNumber[..6]}********{IdNumber[^4..]}";
}
