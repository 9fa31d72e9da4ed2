using HebeiCredit.Auditing.Publication.Records;
using HebeiCredit.Auditing.Publication.Sources;

namespace HebeiCredit.Auditing.Publication.Matching;

/// <summary>
/// One decision as every upload of a unit shows it: the records that share its 文书号 key and deciding authority.
/// </summary>
/// <param name="Authority">The normalised deciding authority; null when no record names one.</param>
internal sealed class Decision(string documentKey, string? authority)
{
    public string DocumentKey { get; } = documentKey;

    public string? Authority { get; } = authority;

    public List<PublicationRecord> Records { get; } = [];

    /// <summary>
    /// What the decision's findings are about: the 文书号 key, and the authority when known, because two authorities
    /// can issue the same number (e.g. "〔2021〕1号" without a prefix).
    /// </summary>
    public string Subject => Authority is null ? DocumentKey : $"{DocumentKey}#{Authority}";

    public IEnumerable<PublicationRecord> From(UploadKind kind) => Records.Where(r => r.Source == kind);

    public bool In(UploadKind kind) => Records.Any(r => r.Source == kind);

    /// <summary>The record that speaks for the decision: the ledger's first, else the platform's, a source's, the website's.</summary>
    public PublicationRecord Lead =>
        From(UploadKind.Ledgers).Concat(From(UploadKind.Platform)).Concat(From(UploadKind.Sources)).Concat(From(UploadKind.Published)).First();

    public DecisionKind Kind => Lead.Kind;

    public string Document => Lead.Document!.Value.Original;

    public string Department => Lead.Department;
}
