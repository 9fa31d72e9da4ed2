namespace HebeiCredit.Simulation.Penalties;

/// <summary>
/// One penalty decision on a simulated portal's 行政处罚 list. <see cref="ShownBefore"/> and <see cref="ShownAfter"/> say
/// whether the list shows it at revision 0 (the first crawl) and at revision 1 (after the planted removals).
/// </summary>
/// <param name="FineAmount">罚款金额 in 万元; null when there is no fine.</param>
/// <param name="PublicationEnd">公示截止期; null when the list leaves it blank.</param>
/// <param name="RepairedOn">The date 信用中国 decided the record's repair; null when not repaired.</param>
public sealed record SimulatedPenalty(
    string Unit,
    string Document,
    string SubjectName,
    string CreditCode,
    string Authority,
    DateOnly DecisionDate,
    string Category,
    string Content,
    decimal? FineAmount,
    DateOnly? PublicationEnd,
    bool ShownBefore = true,
    bool ShownAfter = true,
    DateOnly? RepairedOn = null)
{
    public bool ShownAt(int revision) => revision == 0 ? ShownBefore : ShownAfter;
}
