using HebeiCredit.Auditing.Sites;
using Spectre.Console;

namespace HebeiCredit.Cli.Sites;

/// <summary>The per-unit table a run ends with.</summary>
internal static class AuditReport
{
    public static void Write(IAnsiConsole console, AuditResult result)
    {
        var table = new Table().Title($"网站可用性审计（批次 {result.RunId}）")
            .AddColumns("代码", "单位", "级别", "首页地址", "探测", "抓取", "状态码", "耗时(毫秒)", "字节", "证据");
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
                check?.Sha256?[..12] ?? "-");
        }

        console.Write(table);
        var fetches = result.Checks.Values.Select(c => c.Fetch).ToList();
        var unknown = fetches.Count(f => f.ErrorKind == FetchErrorKind.AddressUnknown);
        var ok = fetches.Count(f => f.Succeeded);
        console.MarkupLine($"共 {result.Registry.Sites.Count} 个单位：首页正常 {ok} 个，异常 {fetches.Count - ok - unknown} 个，地址未知 {unknown} 个。");
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
