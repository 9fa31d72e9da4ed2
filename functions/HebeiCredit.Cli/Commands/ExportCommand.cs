using System.CommandLine;
using HebeiCredit.Infrastructure.Exports;
using HebeiCredit.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HebeiCredit.Cli.Commands;

/// <summary>
/// `hebeicredit export`: a unit's open (not fixed) findings as CSV or .xlsx for the city to fix, every cell
/// neutralised against formula injection (<see cref="SpreadsheetText"/>).
/// </summary>
internal static class ExportCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var unit = new Option<string>("--unit") { Description = "单位的行政区划代码，如 1301", Required = true };
        var rules = new Option<string>("--rules")
        {
            Description = "只导出规则编号以此开头的问题，如 PUB-（双公示）或 WEB-（信用网站）；默认全部",
            DefaultValueFactory = _ => string.Empty,
        };
        var format = new Option<string?>("--format") { Description = "文件格式：csv（UTF-8，带 BOM）或 xlsx；默认按输出文件的扩展名" };
        format.AcceptOnlyFromAmong("csv", "xlsx");
        var output = new Option<FileInfo>("--output") { Description = "输出文件的路径（已存在则覆盖）", Required = true };
        var storage = CommonOptions.Storage();
        var command = new Command("export", "导出单位未整改的问题（CSV 或 XLSX），供各地整改；以 =、+、-、@ 开头的单元格加前导单引号，防止公式注入")
        {
            unit, rules, format, output, storage,
        };
        command.SetAction((parse, cancellationToken) => CommandErrors.HandleAsync(console, async () =>
        {
            var target = parse.GetValue(output)!;
            var asXlsx = (parse.GetValue(format) ?? (target.Extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase) ? "xlsx" : "csv")) == "xlsx";
            var prefix = parse.GetValue(rules) ?? string.Empty;
            using var services = AuditServices.Build(parse.GetValue(storage));
            await StorageProbe.EnsureReachableAsync(services.GetRequiredService<StorageClients>(), cancellationToken);
            var findings = (await services.GetRequiredService<FindingStore>().ListAsync(parse.GetValue(unit)!, cancellationToken))
                .Where(f => f.Status != FindingStatus.Fixed && f.Finding.RuleId.StartsWith(prefix, StringComparison.Ordinal))
                .OrderBy(f => f.Finding.RuleId, StringComparer.Ordinal)
                .ThenBy(f => f.Finding.Subject, StringComparer.Ordinal)
                .ToList();

            // Written beside the target and then moved, so a failed export never leaves half a file under its name.
            if (target.Directory is { Exists: false } folder)
            {
                folder.Create();
            }

            var partial = target.FullName + ".partial";
            await using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                if (asXlsx)
                {
                    await FindingsExport.WriteXlsxAsync(stream, findings, cancellationToken);
                }
                else
                {
                    await FindingsExport.WriteCsvAsync(stream, findings, cancellationToken);
                }
            }

            File.Move(partial, target.FullName, overwrite: true);
            var scope = prefix.Length > 0 ? $"（规则 {prefix}*）" : string.Empty;
            console.MarkupLine($"已导出单位 {Markup.Escape(parse.GetValue(unit)!)} 未整改的问题 {findings.Count} 个{Markup.Escape(scope)}到 {Markup.Escape(target.FullName)}（{(asXlsx ? "XLSX" : "CSV")}）");
            return 0;
        }));
        return command;
    }
}
