namespace HebeiCredit.Simulation;

/// <summary>
/// One penalty record planted in the simulated province's 行政处罚 lists, as samples/province/period-defects.json lists
/// it: the finding the period and repair audit must raise for it, or none for a control that must not flag.
/// </summary>
/// <param name="Document">The record's 文书号, as the list shows it.</param>
/// <param name="Rule">The rule that must flag it (EXP-OVERDUE, EXP-EARLY-REMOVAL, EXP-NOT-PUBLISHABLE, REP-NOT-SYNCED); null for a control.</param>
/// <param name="Case">A stable name of the planted case.</param>
/// <param name="Why">Why it flags or must not (Chinese), with its dates relative to the simulation's today.</param>
public sealed record PlantedPeriodCase(string Unit, string Document, string? Rule, string Case, string Why);
