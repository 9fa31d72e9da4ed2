using HebeiCredit.Auditing.Sites;
using HebeiCredit.Auditing.Time;
using HebeiCredit.Cli.Commands;
using HebeiCredit.Infrastructure.Publication;
using HebeiCredit.Infrastructure.Sites;
using HebeiCredit.Simulation;
using HebeiCredit.Simulation.Penalties;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HebeiCredit.Cli.Publication;

/// <summary>
/// The demo's period part: the simulated portals take down their planted records, the units with planted cases are
/// crawled again, the national repair results are uploaded, and every unit's publication periods are audited.
/// </summary>
internal static class PeriodDemo
{
    public static async Task RunAsync(IAnsiConsole console, IServiceProvider services, SimulatedProvinceServer province, string runId, CancellationToken cancellationToken)
    {
        var units = ProvinceData.PeriodDefects().Select(c => c.Unit).Distinct().ToList();
        console.MarkupLine($"模拟河北省撤下部分行政处罚公示记录后，再次抓取 {string.Join("、", units)} 的公示列表：");
        province.PenaltyListRevision = 1;
        var crawler = services.GetRequiredService<SiteCrawler>();
        await Task.WhenAll(units.Select(u => crawler.CrawlAsync(new CrawlRequest(runId + "-2", province.Registry.Find(u)!), cancellationToken)));

        var (file, content) = SimulatedPenalties.RepairResults(ChinaTime.Today(services.GetRequiredService<TimeProvider>()));
        RepairsCommand.WriteResult(console, file, await new LocalRepairs(services).UploadAsync(file, content, cancellationToken));

        var periods = await services.GetRequiredService<PublicationPeriodAuditor>()
            .AuditUnitsAsync(province.Registry.Sites.Select(s => s.Unit).ToList(), runId, cancellationToken);
        PeriodReport.Write(console, province.Registry, periods);
    }
}
