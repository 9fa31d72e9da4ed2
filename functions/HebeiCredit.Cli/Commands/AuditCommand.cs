using System.CommandLine;
using HebeiCredit.Cli.Publication;
using HebeiCredit.Cli.Sites;
using HebeiCredit.Infrastructure.Publication;
using HebeiCredit.Infrastructure.Sites;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HebeiCredit.Cli.Commands;

internal static class AuditCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var registry = new Option<FileInfo>("--registry")
        {
            Description = "站点登记表（JSON）的路径，如 samples/registry/hebei.sites.json",
            Required = true,
        };
        var storage = CommonOptions.Storage();
        var command = new Command("audit", "探测并抓取登记表中的每个网站一次，再核查行政处罚公示期限与信用修复同步，结果写入存储，并按单位列表输出") { registry, storage };
        command.SetAction((parse, cancellationToken) => CommandErrors.HandleAsync(console, async () =>
        {
            var sites = await SiteRegistryLoader.LoadFileAsync(parse.GetValue(registry)!.FullName, cancellationToken);
            using var services = AuditServices.Build(parse.GetValue(storage));
            var result = await new LocalAudit(services, console).RunAsync(sites, cancellationToken);
            AuditReport.Write(console, result);
            var periods = await services.GetRequiredService<PublicationPeriodAuditor>()
                .AuditUnitsAsync(sites.Sites.Select(s => s.Unit).ToList(), result.RunId, cancellationToken);
            PeriodReport.Write(console, sites, periods);
            return 0;
        }));
        return command;
    }
}
