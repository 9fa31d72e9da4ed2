namespace HebeiCredit.Simulation;

/// <summary>One defect the simulated province carries on purpose, as samples/province/defects.json lists it.</summary>
public sealed record PlantedDefect(string Unit, string Kind, string Description, PlantedDefect.Expectation Expected)
{
    public const string Http503 = "http-503";
    public const string NeverAnswers = "never-answers";
    public const string ConnectionReset = "connection-reset";

    /// <summary>What an audit must record for this defect.</summary>
    public sealed record Expectation(string? ErrorKind, int? StatusCode);
}
