namespace HebeiCredit.Simulation;

/// <summary>
/// One defect the simulated province carries on purpose, as samples/province/defects.json (sites) and
/// publication-defects.json (双公示 uploads) list it.
/// </summary>
/// <param name="Column">The catalog id of the column a column defect concerns.</param>
/// <param name="Expected">What one probe or crawl of the home page must record (availability defects).</param>
/// <param name="Findings">The findings an audit must raise for this defect, no more and no fewer.</param>
public sealed record PlantedDefect(
    string Unit,
    string Kind,
    string Description,
    string? Column = null,
    PlantedDefect.Expectation? Expected = null,
    IReadOnlyList<PlantedDefect.ExpectedFinding>? Findings = null)
{
    public const string Http503 = "http-503";
    public const string NeverAnswers = "never-answers";
    public const string ConnectionReset = "connection-reset";
    public const string DownSometimes = "down-10-percent";
    public const string Slow = "slow";
    public const string RedirectToPrivate = "redirect-to-private";
    public const string GbkPortal = "gbk-portal";
    public const string ColumnMissing = "column-missing";
    public const string ColumnBlank = "column-blank";
    public const string ColumnDeadLink = "column-dead-link";
    public const string ColumnSoftNotFound = "column-soft-404";
    public const string ColumnStale = "column-stale";
    public const string SynonymOnly = "column-synonym-only";
    public const string FutureDatedItem = "future-dated-item";

    // 双公示 uploads (samples/province/publication-defects.json).
    public const string Late = "late";
    public const string Missing = "missing";
    public const string Concealed = "concealed";
    public const string Duplicate = "duplicate";
    public const string InvalidField = "invalid-field";
    public const string InvalidCode = "invalid-code";

    public sealed record Expectation(string? ErrorKind, int? StatusCode);

    public sealed record ExpectedFinding(string Rule, string Subject);
}
