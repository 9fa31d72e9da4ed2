using System.CommandLine;
using HebeiCredit.Cli.Publication;
using HebeiCredit.Infrastructure.Storage;
using HebeiCredit.Infrastructure.Uploads;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HebeiCredit.Cli.Commands;

internal static class RepairsCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var files = new Argument<FileInfo[]>("files") { Description = "全国信用修复结果（信用中国）CSV 或 .xlsx 文件", Arity = ArgumentArity.OneOrMore };
        var storage = CommonOptions.Storage();
        var command = new Command("repairs", "把全国信用修复结果放入 inbox/repairs/ 并按函数的方式处理：保存修复决定，立即核查公示该处罚的单位是否同步") { files, storage };
        command.SetAction((parse, cancellationToken) => CommandErrors.HandleAsync(console, async () =>
        {
            using var services = AuditServices.Build(parse.GetValue(storage));
            await StorageProbe.EnsureReachableAsync(services.GetRequiredService<StorageClients>(), cancellationToken);
            var repairs = new LocalRepairs(services);
            var rejected = false;
            foreach (var file in parse.GetValue(files)!)
            {
                var result = await repairs.UploadAsync(file.Name, await File.ReadAllBytesAsync(file.FullName, cancellationToken), cancellationToken);
                rejected |= result.Disposition == UploadDisposition.Rejected;
                WriteResult(console, file.Name, result);
            }

            return rejected ? CommandErrors.UserError : 0;
        }));
        return command;
    }

    public static void WriteResult(IAnsiConsole console, string file, UploadResult result)
    {
        var fate = result.Disposition switch
        {
            UploadDisposition.Archived => "[green]已受理[/]",
            UploadDisposition.Rejected => "[red]不受理[/]",
            UploadDisposition.AlreadyHandled => "已处理过",
            _ => "-",
        };
        console.MarkupLine($"{Markup.Escape(file)}：{fate} {Markup.Escape(result.Location ?? "")}");
        foreach (var error in result.Errors)
        {
            console.MarkupLine($"  {Markup.Escape(error.Message)}");
        }
    }
}
