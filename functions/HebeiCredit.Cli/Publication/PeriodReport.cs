using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Sites;
using Spectre.Console;

namespace HebeiCredit.Cli.Publication;

/// <summary>Each unit's penalty-publication-period findings (EXP-*, REP-*): counts a rule, then every finding with its policy version.</summary>
internal static class PeriodReport
{
    private static readonly (string RuleId, string Name)[] Rules =
    [
        (RuleIds.ExpOverdue, "超期公示"),
        (RuleIds.ExpEarlyRemoval, "违规撤下"),
        (RuleIds.ExpNotPublishable, "不应公示"),
        (RuleIds.RepNotSynced, "修复未同步"),
    ];

    public static void Write(IAnsiConsole console, SiteRegistry registry, IReadOnlyDictionary<string, IReadOnlyList<Finding>> audited)
    {
        var counts = new Table().Title("行政处罚公示期限与信用修复").AddColumns(["代码", "单位", .. Rules.Select(r => r.Name)]);
        var details = new Table().Title("公示期限与信用修复问题").AddColumns("代码", "规则", "问题", "依据（版本）");
        foreach (var site in registry.Sites.Where(s => audited.ContainsKey(s.Unit)))
        {
            var findings = audited[site.Unit];
            counts.AddRow([site.Unit, Markup.Escape(site.Name), .. Rules.Select(r => findings.Count(f => f.RuleId == r.RuleId) is var n and > 0 ? $"[red]{n}[/]" : "-")]);
            foreach (var finding in findings)
            {
                details.AddRow(finding.Unit, finding.RuleId, Markup.Escape(finding.Summary), Markup.Escape($"{finding.Clause.Document} {finding.Clause.Clause}（{finding.Clause.Version}）"));
            }
        }

        console.Write(counts);
        if (details.Rows.Count > 0)
        {
            console.Write(details);
        }

        console.MarkupLine($"公示期限与信用修复：核查 {audited.Count} 个单位，发现问题 {audited.Values.Sum(f => f.Count)} 个。");
    }
}
