using System.Diagnostics;

namespace HebeiCredit.Infrastructure.Tests.Notices;

/// <summary>Runs a command-line tool (LibreOffice, Chromium, poppler) and fails the test, never skips it, when it is missing or fails.</summary>
internal static class ExternalTool
{
    public static async Task<string> RunAsync(string tool, IEnumerable<string> arguments, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{tool} is not installed ({e.Message}); ./test.sh installs it from the Debian packages.", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var cancel = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{tool} did not finish within {timeout}.");
            }

            var text = await output + await error;
            Assert.True(process.ExitCode == 0, $"{tool} exited with {process.ExitCode}: {text}");
            return text;
        }
    }
}
