using System.CommandLine;

namespace HebeiCredit.Cli.Commands;

/// <summary>The `hebeicredit` command line: audit, demo, serve, availability, upload, repairs, export, notices, keys, timeliness.</summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null)
    {
        var console = CliConsole.Create(output);
        var root = new RootCommand("HebeiCredit：河北省社会信用体系建设合规审计工具（信用网站、双公示、公示期限与信用修复）")
        {
            AuditCommand.Create(console),
            DemoCommand.Create(console),
            ServeCommand.Create(console),
            AvailabilityCommand.Create(console),
            UploadCommand.Create(console),
            RepairsCommand.Create(console),
            ExportCommand.Create(console),
            KeysCommand.Create(console),
            NoticesCommand.Create(console),
            TimelinessCommand.Create(console),
        };
        var configuration = new InvocationConfiguration { Output = output ?? Console.Out, Error = output ?? Console.Error };
        return await root.Parse(args).InvokeAsync(configuration);
    }
}
