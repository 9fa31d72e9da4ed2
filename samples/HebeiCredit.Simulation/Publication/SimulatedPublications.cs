using HebeiCredit.Auditing.Publication.Sources;

namespace HebeiCredit.Simulation.Publication;

/// <summary>
/// The simulated province's 双公示 files for one month: for each of a handful of units a ledger (报送台账), a
/// platform export (with 报送时间 / 入库时间), a published export (公示时间 / 发布时间) and for some an independent
/// source, as CSV in UTF-8 or GBK and as .xlsx, with late, missing, concealed, duplicate and invalid records planted.
/// Deterministic for a month and seed. The month must lie in the past by its deadlines (20 working days after it
/// suffice), else reports and decisions are pending or in the future.
/// </summary>
public static class SimulatedPublications
{
    /// <summary>The month samples/province/publication-defects.json describes: September 2025, its deadlines crossing 国庆.</summary>
    public static readonly DateOnly Month = new(2025, 9, 1);

    /// <summary>The units simulated, in the order a <c>units</c> override replaces them.</summary>
    public static IReadOnlyList<string> Units { get; } = PublicationUnitPlan.All.Select(p => p.Unit).ToList();

    /// <param name="units">Codes to file the units under instead of <see cref="Units"/>, position for position (tests use fresh codes).</param>
    public static IReadOnlyList<SimulatedUpload> Generate(DateOnly month, int seed = SimulationOptions.DefaultSeed, IReadOnlyList<string>? units = null) =>
        Months(month, seed, units).SelectMany(m => m.Uploads()).ToList();

    /// <summary>The defects <see cref="Generate"/> plants, each with the one finding the audit must raise for it.</summary>
    public static IReadOnlyList<PlantedDefect> Defects(DateOnly month, int seed = SimulationOptions.DefaultSeed, IReadOnlyList<string>? units = null) =>
        Months(month, seed, units).SelectMany(m => m.Defects).ToList();

    private static IEnumerable<UnitMonth> Months(DateOnly month, int seed, IReadOnlyList<string>? units)
    {
        if (units is not null && units.Count != Units.Count)
        {
            throw new ArgumentException($"Give {Units.Count} unit codes, one for each of {string.Join(", ", Units)}.", nameof(units));
        }

        return PublicationUnitPlan.All.Select((plan, i) => new UnitMonth(plan, units?[i] ?? plan.Unit, month, seed, i));
    }
}
