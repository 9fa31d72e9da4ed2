using System.CommandLine;
using HebeiCredit.Infrastructure.Rectification;
using HebeiCredit.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HebeiCredit.Cli.Commands;

/// <summary>`hebeicredit keys issue|revoke`: the units' keys for the city API (only their hashes are stored).</summary>
internal static class KeysCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var command = new Command("keys", "管理各单位调用整改接口（/api/units/{unit}/findings、/api/findings/{id}/rectification）的密钥")
        {
            Issue(console),
            Revoke(console),
        };
        return command;
    }

    private static Option<string> Unit() => new("--unit") { Description = "单位的行政区划代码，如 1304", Required = true };

    private static Command Issue(IAnsiConsole console)
    {
        var unit = Unit();
        var storage = CommonOptions.Storage();
        var command = new Command("issue", "为单位签发新密钥；密钥只显示这一次，存储中只保存其哈希值") { unit, storage };
        command.SetAction((parse, cancellationToken) => CommandErrors.HandleAsync(console, async () =>
        {
            using var services = AuditServices.Build(parse.GetValue(storage));
            await StorageProbe.EnsureReachableAsync(services.GetRequiredService<StorageClients>(), cancellationToken);
            var issued = await services.GetRequiredService<UnitKeyStore>().IssueAsync(parse.GetValue(unit)!, cancellationToken);
            console.MarkupLine($"已为单位 {Markup.Escape(issued.Unit)} 签发密钥（编号 {Markup.Escape(issued.KeyId)}）。密钥只显示这一次，请妥善交付：");
            console.WriteLine(issued.Key);
            console.MarkupLine($"调用接口时放在请求头 {CityFindingsService.KeyHeader} 中。");
            return 0;
        }));
        return command;
    }

    private static Command Revoke(IAnsiConsole console)
    {
        var unit = Unit();
        var keyId = new Option<string?>("--key-id") { Description = "只吊销这一编号的密钥；默认吊销该单位的全部密钥" };
        var storage = CommonOptions.Storage();
        var command = new Command("revoke", "吊销单位的密钥，吊销后立即不能再调用接口") { unit, keyId, storage };
        command.SetAction((parse, cancellationToken) => CommandErrors.HandleAsync(console, async () =>
        {
            using var services = AuditServices.Build(parse.GetValue(storage));
            await StorageProbe.EnsureReachableAsync(services.GetRequiredService<StorageClients>(), cancellationToken);
            var target = parse.GetValue(unit)!;
            var count = await services.GetRequiredService<UnitKeyStore>().RevokeAsync(target, parse.GetValue(keyId), cancellationToken);
            if (count == 0)
            {
                console.MarkupLine($"[yellow]单位 {Markup.Escape(target)} 没有可吊销的有效密钥{Markup.Escape(parse.GetValue(keyId) is { } id ? $"（编号 {id}）" : string.Empty)}。[/]");
                return CommandErrors.UserError;
            }

            console.MarkupLine($"已吊销单位 {Markup.Escape(target)} 的密钥 {count} 个。");
            return 0;
        }));
        return command;
    }
}
