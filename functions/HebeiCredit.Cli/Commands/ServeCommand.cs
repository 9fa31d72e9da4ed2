using System.CommandLine;
using HebeiCredit.Simulation;
using Spectre.Console;

namespace HebeiCredit.Cli.Commands;

internal static class ServeCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var port = new Option<int>("--port") { Description = "监听端口（127.0.0.1）；0 表示随机空闲端口", DefaultValueFactory = _ => 0 };
        var registryOut = new Option<FileInfo?>("--registry-out") { Description = "把指向本服务器的站点登记表写到此文件，供 audit --registry 使用" };
        var command = new Command("serve", "只启动模拟河北省的各市信用网站，直到按 Ctrl+C") { port, registryOut };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var province = await SimulatedProvinceServer.StartAsync(TimeProvider.System, new SimulationOptions { Port = parse.GetValue(port) }, cancellationToken);
            if (parse.GetValue(registryOut) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, province.RegistryJson, cancellationToken);
                console.MarkupLine($"站点登记表：{Markup.Escape(file.FullName)}");
            }

            console.MarkupLine($"模拟河北省已在 [bold]127.0.0.1:{province.Port}[/] 启动（如 http://1301.sim.localhost:{province.Port}/），按 Ctrl+C 停止。");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
            }

            return 0;
        });
        return command;
    }
}
