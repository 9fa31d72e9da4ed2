namespace HebeiCredit.Auditing.Codes;

/// <summary>One problem in a 统一社会信用代码, with the Chinese message a city reads.</summary>
/// <param name="Kind">The stable code of the problem.</param>
/// <param name="Message">The message, worded by <see cref="UnifiedSocialCreditCodeProblemKind"/>.</param>
/// <param name="Position">
/// The 1-based position the problem is about (3 for the region code, which spans 3-8); null for Empty and Length.
/// </param>
/// <param name="Expected">The character that belongs there, for the two check characters; null otherwise.</param>
public sealed record UnifiedSocialCreditCodeProblem(
    UnifiedSocialCreditCodeProblemKind Kind,
    string Message,
    int? Position = null,
    char? Expected = null);
