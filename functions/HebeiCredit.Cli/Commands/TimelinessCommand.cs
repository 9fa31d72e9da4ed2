using System.CommandLine;
using System.Globalization;
using HebeiCredit.Auditing.Calendar;
using HebeiCredit.Auditing.Policies;
using HebeiCredit.Auditing.Publication.Sources;
using HebeiCredit.Auditing.Publication.Streaming;
using HebeiCredit.Auditing.Time;
using HebeiCredit.Infrastructure.Uploads.Streaming;
using Spectre.Console;

namespace HebeiCredit.Cli.Commands;

/// <summary>
/// `hebeicredit timeliness`: the 迟报 / 漏报 counts of one unit's ledger against the platform's export, streamed from
/// local files of any size (<see cref="TimelinessFileReader"/>); nothing is stored.
/// </summary>
internal static class TimelinessCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var ledger = new Option<FileInfo>("--ledger") { Description = "单位的报送台账（.csv/.txt，UTF-8 或 GBK，逗号或制表符分隔；或 .xlsx）", Required = true };
        var platform = new Option<FileInfo>("--platform") { Description = "省平台导出的已报送记录（含报送时间），格式同上", Required = true };
        var unit = new Option<string>("--unit") { Description = "单位的行政区划代码，如 1301", Required = true };
        var today = new Option<string?>("--today") { Description = "审计日（yyyy-MM-dd，北京时间）；默认今天。晚于审计日的日期视为无效，期限未到的记为未到期" };
        var path = new Option<TimelinessReadPath>("--path") { Description = "fast：只读计数所需的列（默认）；full：每行经完整的行校验", DefaultValueFactory = _ => TimelinessReadPath.Fast };
        var command = new Command("timeliness", "按台账与省平台导出统计双公示报送及时性（按时、迟报、漏报、未到期），适用于大文件") { ledger, platform, unit, today, path };
        command.SetAction((parse, cancellationToken) => CommandErrors.HandleAsync(console, async () =>
        {
            var day = parse.GetValue(today) is { } text
                ? DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : (DateOnly?)null
                : ChinaTime.Today(TimeProvider.System);
            if (day is not { } auditDay)
            {
                console.MarkupLine($"[red]审计日“{Markup.Escape(parse.GetValue(today)!)}”不是 yyyy-MM-dd 格式的日期。[/]");
                return CommandErrors.UserError;
            }

            var options = new TimelinessReadOptions { Unit = parse.GetValue(unit)!, Today = auditDay, Path = parse.GetValue(path) };
            var tally = new TimelinessTally(options.Unit, DeadlinePolicy.Default, WorkingCalendar.Default, auditDay);
            await TimelinessFileReader.ReadAsync(parse.GetValue(platform)!.FullName, UploadKind.Platform, tally, options, cancellationToken);
            await TimelinessFileReader.ReadAsync(parse.GetValue(ledger)!.FullName, UploadKind.Ledgers, tally, options, cancellationToken);
            Print(console, options.Unit, auditDay, tally.Finish());
            return 0;
        }));
        return command;
    }

    private static void Print(IAnsiConsole console, string unit, DateOnly today, TimelinessCounts counts)
    {
        console.WriteLine(FormattableString.Invariant($"双公示报送及时性：单位 {unit}，审计日 {today:yyyy-MM-dd}"));
        console.WriteLine(FormattableString.Invariant($"台账记录 {counts.LedgerRows} 条，平台记录 {counts.PlatformRows} 条，涉及决定 {counts.Decisions} 件"));
        console.WriteLine(FormattableString.Invariant(
            $"按时报送 {counts.OnTime} 件，迟报 {counts.Late} 件（合计迟 {counts.LateWorkingDays} 个工作日），漏报 {counts.Missing} 件，未到期未报送 {counts.Pending} 件，无法判定 {counts.Unjudged} 件"));
        if (counts.WithoutDocument + counts.WithoutAuthority > 0)
        {
            console.WriteLine(FormattableString.Invariant(
                $"未计入：缺少文书号的记录 {counts.WithoutDocument} 条，缺少决定机关的记录 {counts.WithoutAuthority} 条"));
        }
    }
}
