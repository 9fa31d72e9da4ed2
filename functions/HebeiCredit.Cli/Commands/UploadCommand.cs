using System.CommandLine;
using HebeiCredit.Auditing.Publication.Sources;
using HebeiCredit.Cli.Publication;
using HebeiCredit.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HebeiCredit.Cli.Commands;

internal static class UploadCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var kind = new Option<string>("--kind")
        {
            Description = "文件类别：ledgers（报送台账）、platform（省平台报送记录）、published（网站公示记录）、sources（独立来源）",
            Required = true,
        };
        kind.AcceptOnlyFromAmong(Enum.GetValues<UploadKind>().Select(UploadKindNames.PathSegment).ToArray());
        var unit = new Option<string>("--unit") { Description = "单位的行政区划代码，如 1301", Required = true };
        var files = new Argument<FileInfo[]>("files") { Description = "CSV（UTF-8 或 GBK）或 .xlsx 文件", Arity = ArgumentArity.OneOrMore };
        var storage = CommonOptions.Storage();
        var command = new Command("upload", "把双公示文件放入 inbox/{类别}/{单位}/ 并按函数的方式审计：受理的归档，不受理的附中文报告移入 rejected/") { kind, unit, files, storage };
        command.SetAction((parse, cancellationToken) => CommandErrors.HandleAsync(console, async () =>
        {
            using var services = AuditServices.Build(parse.GetValue(storage));
            await StorageProbe.EnsureReachableAsync(services.GetRequiredService<StorageClients>(), cancellationToken);
            UploadKindNames.TryParsePathSegment(parse.GetValue(kind), out var uploadKind);
            var uploads = new LocalUploads(services);
            var results = new List<(string File, Infrastructure.Uploads.UploadResult Result)>();
            foreach (var file in parse.GetValue(files)!)
            {
                results.Add((file.Name, await uploads.UploadAsync(uploadKind, parse.GetValue(unit)!, file.Name, await File.ReadAllBytesAsync(file.FullName, cancellationToken), cancellationToken)));
            }

            await PublicationReport.WriteAsync(console, services, results, [parse.GetValue(unit)!], cancellationToken);
            return results.Any(r => r.Result.Disposition is Infrastructure.Uploads.UploadDisposition.Rejected or Infrastructure.Uploads.UploadDisposition.Poisoned) ? CommandErrors.UserError : 0;
        }));
        return command;
    }
}
