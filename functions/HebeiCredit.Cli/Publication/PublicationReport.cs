using HebeiCredit.Auditing.Publication.Rates;
using HebeiCredit.Infrastructure.Publication;
using HebeiCredit.Infrastructure.Storage;
using HebeiCredit.Infrastructure.Uploads;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HebeiCredit.Cli.Publication;

/// <summary>What became of each upload, then each unit's 双公示 rates and open PUB-* findings.</summary>
internal static class PublicationReport
{
    public static async Task WriteAsync(
        IAnsiConsole console, IServiceProvider services, IReadOnlyList<(string File, UploadResult Result)> uploads, IReadOnlyList<string> units, CancellationToken cancellationToken)
    {
        var files = new Table().Title("上传文件").AddColumns("文件", "结果", "位置", "行数", "问题");
        foreach (var (file, result) in uploads)
        {
            var accepted = result.Outcome as UploadOutcome.Accepted;
            files.AddRow(
                Markup.Escape(file),
                result.Disposition switch
                {
                    UploadDisposition.Archived => "[green]已受理[/]",
                    UploadDisposition.Rejected => "[red]不受理[/]",
                    UploadDisposition.Poisoned => "[red]多次处理失败，已隔离[/]",
                    UploadDisposition.AlreadyHandled => "已处理过",
                    _ => "-",
                },
                Markup.Escape(result.Location ?? "-"),
                accepted?.Rows.ToString() ?? "-",
                accepted is not null ? accepted.Findings.ToString() : Markup.Escape(string.Join("；", result.Errors.Select(e => e.Message))));
        }

        console.Write(files);
        var rates = new Table().Title("双公示报送情况").AddColumns("单位", "范围", "决定", "台账", "已报送", "按时", "迟报", "漏报", "待报", "瞒报", "无效", "迟报率", "漏报率", "瞒报率");
        var findings = new Table().Title("双公示问题").AddColumns("单位", "规则", "问题");
        foreach (var unit in units)
        {
            foreach (var r in await services.GetRequiredService<PublicationRatesStore>().ListAsync(unit, cancellationToken))
            {
                rates.AddRow(unit, Markup.Escape(r.Scope), $"{r.Decisions}", $"{r.LedgerDecisions}", $"{r.Reported}", $"{r.OnTime}", $"{r.Late}", $"{r.Missing}",
                    $"{r.Pending}", $"{r.Concealed}", $"{r.Invalid}", Percent(r.LateRate), Percent(r.MissingRate), Percent(r.ConcealedRate));
            }

            foreach (var stored in (await services.GetRequiredService<FindingStore>().ListAsync(unit, cancellationToken))
                         .Where(f => f.Finding.RuleId.StartsWith("PUB-", StringComparison.Ordinal) && f.Status != FindingStatus.Fixed))
            {
                findings.AddRow(unit, stored.Finding.RuleId, Markup.Escape(stored.Finding.Summary));
            }
        }

        console.Write(rates);
        if (findings.Rows.Count > 0)
        {
            console.Write(findings);
        }
    }

    private static string Percent(decimal? rate) => rate is { } value ? $"{value:P1}" : "-";
}
