namespace HebeiCredit.Infrastructure.Tests;

/// <summary>
/// Tests that measure the process's memory (its live heap, or the bytes it allocated) run alone, so other tests'
/// allocations do not count.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurement
{
    public const string Name = "Memory measurement";
}
