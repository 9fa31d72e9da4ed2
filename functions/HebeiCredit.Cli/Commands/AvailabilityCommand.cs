using System.CommandLine;
using HebeiCredit.Auditing.Sites.Availability;
using HebeiCredit.Auditing.Sites.Policy;
using HebeiCredit.Cli.Sites;
using HebeiCredit.Infrastructure.Sites;
using HebeiCredit.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HebeiCredit.Cli.Commands;

internal static class AvailabilityCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var registry = new Option<FileInfo>("--registry") { Description = "站点登记表（JSON）的路径", Required = true };
        var storage = CommonOptions.Storage();
        var command = new Command("availability", "按滚动一周汇总各网站的探测记录：每日探测次数、失败率、响应时间中位数与 P95、故障时段") { registry, storage };
        command.SetAction((parse, cancellationToken) => CommandErrors.HandleAsync(console, async () =>
        {
            var sites = await SiteRegistryLoader.LoadFileAsync(parse.GetValue(registry)!.FullName, cancellationToken);
            using var services = AuditServices.Build(parse.GetValue(storage));
            await StorageProbe.EnsureReachableAsync(services.GetRequiredService<StorageClients>(), cancellationToken);
            var policy = services.GetRequiredService<WebsitePolicy>();
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            var probes = services.GetRequiredService<ProbeStore>();
            var stats = new List<(string Unit, string Name, AvailabilityStats Stats)>();
            foreach (var site in sites.Sites)
            {
                var history = await probes.ListAsync(site.Unit, cancellationToken, now.AddDays(-policy.ProbeWindowDays));
                stats.Add((site.Unit, site.Name, AvailabilityCalculator.Compute(history, now, policy)));
            }

            AvailabilityReport.Write(console, stats, policy);
            return 0;
        }));
        return command;
    }
}
