namespace HebeiCredit.Simulation.Publication;

/// <summary>One column of a simulated file: its header as the unit spells it and the cell of a decision (text, date, time or amount).</summary>
internal sealed record Column(string Header, Func<SimulatedDecision, object?> Cell);
