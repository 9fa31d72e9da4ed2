using HebeiCredit.Infrastructure.Notices;
using Spectre.Console;

namespace HebeiCredit.Cli.Notices;

/// <summary>Copies a built period's notice files to a local folder and says where they are.</summary>
internal static class LocalNotices
{
    public static async Task WriteAsync(IAnsiConsole console, NoticeBuild build, DirectoryInfo folder, CancellationToken cancellationToken)
    {
        folder.Create();
        foreach (var file in build.Files)
        {
            await File.WriteAllBytesAsync(Path.Combine(folder.FullName, file.Name), file.Content, cancellationToken);
        }

        var model = build.Model;
        console.MarkupLine(Markup.Escape(
            $"已生成{model.Period.Title}督导通报（截至{Auditing.Notices.NoticeText.Date(model.Period.CutOff)}）：{model.Units.Count}个单位，"
            + $"未整改问题{model.Totals.OpenFindings}个，整改期限{Auditing.Notices.NoticeText.Date(model.Deadline)}。"));
        foreach (var file in build.Files)
        {
            console.MarkupLine(Markup.Escape($"  {file.Name}  （存储：notices/{file.BlobName}）"));
        }

        console.MarkupLine($"通报文件在：{Markup.Escape(folder.FullName)}");
    }
}
