namespace HebeiCredit.Infrastructure.Tests.Uploads.Reading;

/// <summary>Tests that measure the process's live heap run alone, so other tests' allocations do not count.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurement
{
    public const string Name = "Memory measurement";
}
