using HebeiCredit.Auditing.Publication.Sources;
using HebeiCredit.Infrastructure.Storage;
using HebeiCredit.Infrastructure.Uploads;
using HebeiCredit.Simulation;
using HebeiCredit.Simulation.Publication;
using HebeiCredit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HebeiCredit.Functions.Tests.Uploads;

/// <summary>
/// The simulated province's 双公示 files for September 2025 (deadlines across 国庆), uploaded through AuditUpload
/// over Azurite: every file is archived and each unit's open PUB-* findings are exactly the planted ones.
/// </summary>
public sealed class SimulatedPublicationsTests
{
    private const string WriteVariable = "HEBEICREDIT_WRITE_SAMPLES";

    [Fact]
    public async Task Run_SimulatedMonth_FindsExactlyThePlantedDefects()
    {
        // Fresh unit codes, so earlier runs in the shared Azurite leave nothing behind in these units.
        var units = Enumerable.Range(0, SimulatedPublications.Units.Count).Select(i => $"13{Random.Shared.Next(100, 999)}{i}").ToList();
        var uploads = SimulatedPublications.Generate(SimulatedPublications.Month, units: units);
        var planted = SimulatedPublications.Defects(SimulatedPublications.Month, units: units);
        await using var services = await PublicationUploads.ServicesAsync();

        foreach (var upload in uploads)
        {
            var disposition = await PublicationUploads.UploadAsync(services, UploadKindNames.PathSegment(upload.Kind), upload.Unit, upload.File, upload.Content);
            Assert.True(disposition == UploadDisposition.Archived, $"{upload.File} was rejected");
        }

        var store = services.GetRequiredService<FindingStore>();
        foreach (var unit in units)
        {
            var open = (await store.ListAsync(unit, CancellationToken.None))
                .Where(f => f.Status != FindingStatus.Fixed)
                .Select(f => $"{f.Finding.RuleId} {f.Finding.Subject}")
                .Order(StringComparer.Ordinal);
            var expected = planted.Where(d => d.Unit == unit)
                .SelectMany(d => d.Findings!)
                .Select(f => $"{f.Rule} {f.Subject}")
                .Order(StringComparer.Ordinal);
            Assert.Equal(expected, open);
        }
    }

    [Fact]
    public void Generate_FilesInEveryShape_AndEveryDefectKind()
    {
        var uploads = SimulatedPublications.Generate(SimulatedPublications.Month);

        Assert.Equal(uploads.Select(u => u.Content), SimulatedPublications.Generate(SimulatedPublications.Month).Select(u => u.Content));
        Assert.Contains(uploads, u => u.File.EndsWith(".xlsx", StringComparison.Ordinal));
        Assert.Contains(uploads, u => u.File.EndsWith("-gbk.csv", StringComparison.Ordinal));
        Assert.Contains(uploads, u => u.Content.AsSpan().StartsWith("\uFEFF"u8.ToArray()));
        Assert.Equal(Enum.GetValues<UploadKind>(), uploads.Select(u => u.Kind).Distinct().Order());
        Assert.Equal(
            [PlantedDefect.Concealed, PlantedDefect.Duplicate, PlantedDefect.InvalidCode, PlantedDefect.InvalidField, PlantedDefect.Late, PlantedDefect.Missing],
            ProvinceData.PublicationDefects().Select(d => d.Kind).Distinct().Order(StringComparer.Ordinal));
    }

    /// <summary>samples/province/publication-defects.json is what the generator plants; HEBEICREDIT_WRITE_SAMPLES=1 rewrites it.</summary>
    [Fact]
    public void PublicationDefectsFile_IsWhatTheGeneratorPlants()
    {
        var json = ProvinceData.PublicationDefectsJson(SimulatedPublications.Defects(SimulatedPublications.Month));
        var path = RepositoryPaths.Of("samples/province/publication-defects.json");
        if (Environment.GetEnvironmentVariable(WriteVariable) == "1")
        {
            File.WriteAllText(path, json);
        }

        Assert.Equal(json, File.ReadAllText(path));
        Assert.Equal(json, ProvinceData.PublicationDefectsJson(ProvinceData.PublicationDefects()));
    }
}
