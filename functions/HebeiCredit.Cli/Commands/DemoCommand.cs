using System.CommandLine;
using HebeiCredit.Cli.Sites;
using HebeiCredit.Simulation;
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
        var command = new Command("demo", "启动模拟河北省的各市信用网站，并对其完整审计一次") { output, storage };
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
            console.MarkupLine($"站点登记表：{Markup.Escape(registryFile)}");
            return 0;
        }));
        return command;
    }
}
