using System.CommandLine;
using System.Globalization;
using HebeiCredit.Auditing.Notices;
using HebeiCredit.Cli.Notices;
using HebeiCredit.Infrastructure.Notices;
using HebeiCredit.Infrastructure.Sites;
using HebeiCredit.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HebeiCredit.Cli.Commands;

/// <summary>`hebeicredit notices`: builds a period's 督导通报 and 整改清单 into notices/{period}/ and a local folder.</summary>
internal static class NoticesCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var period = new Option<string>("--period") { Description = "通报期次：月度写作 2026-11（数据截至当月20日）；专项通报用小写字母、数字和“-”命名，并给出 --cut-off", Required = true };
        var cutOff = new Option<string?>("--cut-off") { Description = "数据截止日期（yyyy-MM-dd，北京时间）；月度通报默认当月20日" };
        var registry = new Option<FileInfo?>("--registry") { Description = "站点登记表（JSON）的路径；默认取存储中的 config/sites.json" };
        var output = new Option<DirectoryInfo?>("--out") { Description = "通报文件另存到的本地目录；默认 out/notices/{期次}" };
        var storage = CommonOptions.Storage();
        var command = new Command("notices", "生成督导通报（.docx、.xlsx、.html、.json）和各单位整改清单，写入存储 notices/{期次}/ 并另存到本地目录")
        {
            period, cutOff, registry, output, storage,
        };
        command.SetAction((parse, cancellationToken) => CommandErrors.HandleAsync(console, async () =>
        {
            NoticePeriod target;
            try
            {
                DateOnly? day = parse.GetValue(cutOff) is { } text
                    ? DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                        ? parsed
                        : throw new ArgumentException($"截止日期“{text}”无效：应写作 yyyy-MM-dd，如 2026-11-20。")
                    : null;
                target = NoticePeriod.Parse(parse.GetValue(period)!, day);
            }
            catch (ArgumentException e)
            {
                console.MarkupLine($"[red]{Markup.Escape(e.Message.Split(" (Parameter")[0])}[/]");
                return CommandErrors.UserError;
            }

            using var services = AuditServices.Build(parse.GetValue(storage));
            await StorageProbe.EnsureReachableAsync(services.GetRequiredService<StorageClients>(), cancellationToken);
            var notices = services.GetRequiredService<NoticeService>();
            var build = parse.GetValue(registry) is { } file
                ? await notices.BuildAsync(target, await SiteRegistryLoader.LoadFileAsync(file.FullName, cancellationToken), cancellationToken)
                : await notices.BuildAsync(target, cancellationToken);
            var folder = parse.GetValue(output) ?? new DirectoryInfo(Path.Combine("out", "notices", target.Id));
            await LocalNotices.WriteAsync(console, build, folder, cancellationToken);
            return 0;
        }));
        return command;
    }
}
