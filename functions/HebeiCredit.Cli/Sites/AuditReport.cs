using HebeiCredit.Auditing.Sites;
using Spectre.Console;

namespace HebeiCredit.Cli.Sites;

/// <summary>The per-unit table a run ends with, then every finding with its rule.</summary>
internal static class AuditReport
{
    public static void Write(IAnsiConsole console, AuditResult result)
    {
        var table = new Table().Title($"网站审计（批次 {result.RunId}）")
            .AddColumns("代码", "单位", "级别", "首页地址", "探测", "首页", "状态码", "耗时(毫秒)", "字节", "证据", "问题");
        foreach (var site in result.Registry.Sites)
        {
            var probe = result.Probes.GetValueOrDefault(site.Unit);
            var check = result.Checks.GetValueOrDefault(site.Unit);
            table.AddRow(
                site.Unit,
                Markup.Escape(site.Name),
                site.Level.ToChinese(),
                Markup.Escape(site.Portal?.AbsoluteUri ?? "（地址未知）"),
                Verdict(probe),
                Verdict(check?.Fetch),
                check?.Fetch.StatusCode?.ToString() ?? "-",
                check?.Fetch.ErrorKind == FetchErrorKind.AddressUnknown ? "-" : $"{check?.Fetch.Elapsed.TotalMilliseconds:0}",
                check?.Fetch.Bytes.ToString() ?? "-",
                check?.Sha256?[..12] ?? "-",
                check is null || check.Findings.Count == 0 ? "-" : $"[red]{check.Findings.Count}[/]");
        }

        console.Write(table);
        WriteFindings(console, result);
        var fetches = result.Checks.Values.Select(c => c.Fetch).ToList();
        var unknown = fetches.Count(f => f.ErrorKind == FetchErrorKind.AddressUnknown);
        var ok = fetches.Count(f => f.Succeeded);
        console.MarkupLine($"共 {result.Registry.Sites.Count} 个单位：首页正常 {ok} 个，异常 {fetches.Count - ok - unknown} 个，地址未知 {unknown} 个；发现问题 {result.Checks.Values.Sum(c => c.Findings.Count)} 个。");
    }

    private static void WriteFindings(IAnsiConsole console, AuditResult result)
    {
        var findings = result.Registry.Sites
            .SelectMany(site => result.Checks.GetValueOrDefault(site.Unit)?.Findings ?? [])
            .ToList();
        if (findings.Count == 0)
        {
            return;
        }

        var table = new Table().Title("发现的问题").AddColumns("代码", "规则", "问题", "依据");
        foreach (var finding in findings)
        {
            table.AddRow(finding.Unit, finding.RuleId, Markup.Escape(finding.Summary), Markup.Escape($"{finding.Clause.Document} {finding.Clause.Clause}"));
        }

        console.Write(table);
    }

    private static string Verdict(FetchOutcome? outcome) => outcome switch
    {
        null => "-",
        { Succeeded: true } => "[green]正常[/]",
        { ErrorKind: FetchErrorKind.AddressUnknown } => "[grey]地址未知[/]",
        { ErrorKind: FetchErrorKind.HttpStatus } => $"[red]{outcome.ErrorKind.ToChinese()} {outcome.StatusCode}[/]",
        _ => $"[red]{outcome.ErrorKind.ToChinese()}[/]",
    };
}
