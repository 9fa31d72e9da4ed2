using HebeiCredit.Simulation;

namespace HebeiCredit.Testing;

/// <summary>The simulated province as tests run it: its slow site answers within the tests' short request timeout.</summary>
public static class TestProvince
{
    public static Task<SimulatedProvinceServer> StartAsync(TimeProvider? clock = null, TimeSpan? slowDelay = null) =>
        SimulatedProvinceServer.StartAsync(clock ?? TimeProvider.System, new SimulationOptions { SlowDelay = slowDelay ?? TimeSpan.FromMilliseconds(300) });
}
