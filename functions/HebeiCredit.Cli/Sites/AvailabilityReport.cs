using HebeiCredit.Auditing.Sites.Availability;
using HebeiCredit.Auditing.Sites.Policy;
using HebeiCredit.Auditing.Time;
using Spectre.Console;

namespace HebeiCredit.Cli.Sites;

/// <summary>The uptime view: one row a site over the rolling window, then every incident.</summary>
internal static class AvailabilityReport
{
    public static void Write(IAnsiConsole console, IReadOnlyList<(string Unit, string Name, AvailabilityStats Stats)> sites, WebsitePolicy policy)
    {
        var table = new Table().Title($"网站可用性（最近 {policy.ProbeWindowDays} 天，每天至少 {policy.MinProbesPerDay} 次探测方可判定）")
            .AddColumns("代码", "单位", "探测次数", "日均", "失败", "失败率", "中位数(毫秒)", "P95(毫秒)", "故障次数", "判定");
        foreach (var (unit, name, stats) in sites)
        {
            table.AddRow(
                unit,
                Markup.Escape(name),
                stats.Probes.ToString(),
                $"{(double)stats.Probes / policy.ProbeWindowDays:0.#}",
                stats.Failures.ToString(),
                $"{stats.FailureRate:P1}",
                stats.MedianLatency is { } median ? $"{median.TotalMilliseconds:0}" : "-",
                stats.P95Latency is { } p95 ? $"{p95.TotalMilliseconds:0}" : "-",
                stats.Incidents.Count.ToString(),
                !stats.Sufficient ? "[grey]探测不足[/]"
                    : stats.IsUnreachable(policy) ? "[red]无法访问[/]"
                    : "[green]正常[/]");
        }

        console.Write(table);
        var incidents = new Table().Title("故障时段").AddColumns("代码", "开始", "结束", "失败探测", "原因");
        foreach (var (unit, _, stats) in sites)
        {
            foreach (var incident in stats.Incidents)
            {
                incidents.AddRow(unit, Time(incident.Start), incident.End is { } end ? Time(end) : "[red]仍在持续[/]", incident.FailedProbes.ToString(), Markup.Escape(incident.CauseText));
            }
        }

        if (incidents.Rows.Count > 0)
        {
            console.Write(incidents);
        }
    }

    private static string Time(DateTimeOffset instant) => instant.ToOffset(ChinaTime.Offset).ToString("yyyy-MM-dd HH:mm");
}
