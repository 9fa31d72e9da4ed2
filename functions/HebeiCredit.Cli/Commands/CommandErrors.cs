using HebeiCredit.Auditing.Sites;
using HebeiCredit.Infrastructure.Storage;
using HebeiCredit.Infrastructure.Uploads.Reading;
using Spectre.Console;

namespace HebeiCredit.Cli.Commands;

/// <summary>The one place where a command's failure becomes a readable Chinese message and an exit code.</summary>
internal static class CommandErrors
{
    public const int UserError = 2;
    public const int Unavailable = 3;

    public static async Task<int> HandleAsync(IAnsiConsole console, Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (SiteRegistryException e)
        {
            console.MarkupLine("[red]站点登记表有误，未开始审计：[/]");
            console.WriteLine(e.Message);
            return UserError;
        }
        catch (UploadFormatException e)
        {
            console.MarkupLine("[red]文件无法审计：[/]");
            console.WriteLine(e.Message);
            return UserError;
        }
        catch (FileNotFoundException e)
        {
            console.MarkupLine($"[red]找不到文件“{Markup.Escape(e.FileName ?? string.Empty)}”。[/]");
            return UserError;
        }
        catch (StorageUnavailableException e)
        {
            console.MarkupLine("[red]存储不可用，未开始审计：[/]");
            console.WriteLine(e.Message);
            return Unavailable;
        }
    }
}
