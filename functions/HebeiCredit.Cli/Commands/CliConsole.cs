using Spectre.Console;

namespace HebeiCredit.Cli.Commands;

internal static class CliConsole
{
    /// <summary>The real terminal, or a plain, wide console over <paramref name="output"/> (tests read what a user would see).</summary>
    public static IAnsiConsole Create(TextWriter? output)
    {
        var console = output is null
            ? AnsiConsole.Console
            : AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(output),
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
            });

        // Spectre assumes 80 columns when output is not a terminal; the per-unit table needs more to stay one line a unit.
        if (output is not null || Console.IsOutputRedirected)
        {
            console.Profile.Width = 180;
        }

        return console;
    }
}
