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

    /// <summary>
    /// Which 行政处罚 lists the portals show at start: 0 as at the first crawl, 1 after the planted removals. The
    /// server's <see cref="SimulatedProvinceServer.PenaltyListRevision"/> switches it while running.
    /// </summary>
    public int PenaltyListRevision { get; set; }

    /// <summary>Added to every response, to model network distance (the crawl benchmark uses 50 ms).</summary>
    public TimeSpan Latency { get; set; } = TimeSpan.Zero;
}
