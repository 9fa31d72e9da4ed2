namespace HebeiCredit.Simulation;

/// <summary>How the simulated province is served.</summary>
public sealed class SimulationOptions
{
    public const int DefaultSeed = 20210615;

    public int Seed { get; set; } = DefaultSeed;

    /// <summary>0 takes a free port.</summary>
    public int Port { get; set; }

    /// <summary>How long the planted slow site takes to answer its home page.</summary>
    public TimeSpan SlowDelay { get; set; } = TimeSpan.FromSeconds(6);

    /// <summary>Added to every response, to model network distance (the crawl benchmark uses 50 ms).</summary>
    public TimeSpan Latency { get; set; } = TimeSpan.Zero;
}
