using System.CommandLine;

namespace HebeiCredit.Cli.Commands;

internal static class CommonOptions
{
    public static Option<string?> Storage() => new("--storage")
    {
        Description = "存储连接字符串；默认取环境变量 AzureWebJobsStorage，未设置时用本地 Azurite（UseDevelopmentStorage=true）",
    };
}
