using System.CommandLine;
using System.Globalization;
using HebeiCredit.Auditing.Notices;
using HebeiCredit.Auditing.Time;
using HebeiCredit.Cli.Notices;
using HebeiCredit.Cli.Publication;
using HebeiCredit.Cli.Sites;
using HebeiCredit.Simulation;
using HebeiCredit.Infrastructure.Notices;
using HebeiCredit.Simulation.Publication;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HebeiCredit.Cli.Commands;

internal static class DemoCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var output = new Option<DirectoryInfo>("--output")
        {
            Description = "演示结果（含模拟省份的站点登记表）写入的目录",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("out", "demo")),
        };
        var storage = CommonOptions.Storage();
        var command = new Command("demo", "启动模拟河北省的各市信用网站并完整审计一次，再抓取其行政处罚公示列表的变化、上传全国信用修复结果并核查公示期限，然后上传并审计其一个月的双公示文件，最后生成督导通报") { output, storage };
        command.SetAction((parse, cancellationToken) => CommandErrors.HandleAsync(console, async () =>
        {
            var folder = parse.GetValue(output)!;
            using var services = AuditServices.Build(parse.GetValue(storage));
            await using var province = await SimulatedProvinceServer.StartAsync(TimeProvider.System, cancellationToken: cancellationToken);
            folder.Create();
            var registryFile = Path.Combine(folder.FullName, "sites.json");
            await File.WriteAllTextAsync(registryFile, province.RegistryJson, cancellationToken);
            console.MarkupLine($"模拟河北省已在 [bold]127.0.0.1:{province.Port}[/] 启动，共 {province.Registry.Sites.Count} 个单位。");

            var result = await new LocalAudit(services, console).RunAsync(province.Registry, cancellationToken);
            AuditReport.Write(console, result);
            await PeriodDemo.RunAsync(console, services, province, result.RunId, cancellationToken);

            console.MarkupLine($"上传模拟河北省 {SimulatedPublications.Month:yyyy年M月} 的双公示文件（报送台账、省平台报送记录、网站公示记录、独立来源）：");
            var uploads = new LocalUploads(services);
            var results = new List<(string File, Infrastructure.Uploads.UploadResult Result)>();
            foreach (var upload in SimulatedPublications.Generate(SimulatedPublications.Month))
            {
                results.Add((upload.File, await uploads.UploadAsync(upload.Kind, upload.Unit, upload.File, upload.Content, cancellationToken)));
            }

            await PublicationReport.WriteAsync(console, services, results, SimulatedPublications.Units, cancellationToken);
            console.MarkupLine($"站点登记表：{Markup.Escape(registryFile)}");

            // The demo's findings are first seen today, so the period is this month cut off today rather than on the 20th.
            var today = ChinaTime.Today(TimeProvider.System);
            var period = NoticePeriod.Parse(today.ToString("yyyy-MM", CultureInfo.InvariantCulture), today);
            var notices = await services.GetRequiredService<NoticeService>().BuildAsync(period, province.Registry, cancellationToken);
            await LocalNotices.WriteAsync(console, notices, new DirectoryInfo(Path.Combine(folder.FullName, "notices", period.Id)), cancellationToken);
            return 0;
        }));
        return command;
    }
}
