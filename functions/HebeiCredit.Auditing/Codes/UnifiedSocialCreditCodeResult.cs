namespace HebeiCredit.Auditing.Codes;

/// <summary>The outcome of validating one 统一社会信用代码.</summary>
/// <param name="Normalized">The code after normalisation (spaces removed, half-width, upper case).</param>
/// <param name="Problems">Every problem found, in position order; empty when the code is valid.</param>
public sealed record UnifiedSocialCreditCodeResult(
    string Normalized,
    IReadOnlyList<UnifiedSocialCreditCodeProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
