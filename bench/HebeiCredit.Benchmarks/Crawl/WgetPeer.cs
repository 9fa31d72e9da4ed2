using System.Diagnostics;
using System.Text.RegularExpressions;
using HebeiCredit.Auditing.Sites;

namespace HebeiCredit.Benchmarks.Crawl;

internal sealed record WgetResult(TimeSpan Wall, int Pages, int Robots, IReadOnlyDictionary<string, HashSet<string>> Paths);

/// <summary>
/// The peer a user might script: GNU wget, one process per site, all sites at once, against 127.0.0.1 with the site's
/// Host header (wget cannot resolve *.sim.localhost). Links on the pages are root-relative, so recursion stays on
/// 127.0.0.1 and keeps the header. --max-redirect=0: wget never follows a redirect anywhere (the planted redirect to
/// 169.254.169.254 is also left out of the site list). Pages are counted from each process's -nv log.
/// </summary>
internal static partial class WgetPeer
{
    public static async Task<WgetResult> RunAsync(int port, IReadOnlyList<SiteEntry> sites, int level, IReadOnlyDictionary<string, HashSet<string>>? acceptPaths)
    {
        var root = Directory.CreateTempSubdirectory("hebeicredit-wget-");
        try
        {
            var processes = new List<(string Unit, Process Process, string Log)>();
            var started = Stopwatch.GetTimestamp();
            foreach (var site in sites)
            {
                var log = Path.Combine(root.FullName, site.Unit + ".log");
                var info = new ProcessStartInfo("wget")
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                };
                foreach (var arg in new[]
                {
                    "--recursive", $"--level={level}", "--no-parent", "--max-redirect=0", "--tries=1",
                    "--no-verbose", $"--output-file={log}", $"--directory-prefix={Path.Combine(root.FullName, site.Unit)}",
                    $"--header=Host: {site.Portal!.Host}",
                })
                {
                    info.ArgumentList.Add(arg);
                }

                if (acceptPaths is not null)
                {
                    var alternatives = string.Join("|", acceptPaths[site.Unit].Order(StringComparer.Ordinal).Select(Escape));
                    info.ArgumentList.Add($"--accept-regex=^http://127\\.0\\.0\\.1:{port}({alternatives})$");
                }

                info.ArgumentList.Add($"http://127.0.0.1:{port}/");
                processes.Add((site.Unit, Process.Start(info)!, log));
            }

            await Task.WhenAll(processes.Select(p => p.Process.WaitForExitAsync()));
            var wall = Stopwatch.GetElapsedTime(started);

            var paths = new Dictionary<string, HashSet<string>>();
            var robots = 0;
            foreach (var (unit, process, log) in processes)
            {
                process.Dispose();
                var fetched = Fetched(File.ReadAllLines(log), port).ToList();
                robots += fetched.Count(p => p == "/robots.txt");
                paths[unit] = fetched.Where(p => p != "/robots.txt").ToHashSet();
            }

            return new WgetResult(wall, paths.Values.Sum(p => p.Count), robots, paths);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Paths wget requested, from its -nv log: "… URL:http://host/path [n/n] -> …" for a saved page, and
    /// "http://host/path:" followed by "… ERROR 404: Not Found." for an error answer.
    /// </summary>
    private static IEnumerable<string> Fetched(string[] lines, int port)
    {
        var prefix = $"http://127.0.0.1:{port}";
        for (var i = 0; i < lines.Length; i++)
        {
            if (Saved().Match(lines[i]) is { Success: true } saved && saved.Groups["url"].Value.StartsWith(prefix, StringComparison.Ordinal))
            {
                yield return saved.Groups["url"].Value[prefix.Length..];
            }
            else if (lines[i].StartsWith(prefix, StringComparison.Ordinal) && lines[i].EndsWith(':') && i + 1 < lines.Length && lines[i + 1].Contains(" ERROR ", StringComparison.Ordinal))
            {
                yield return lines[i][prefix.Length..^1];
            }
        }
    }

    private static string Escape(string path) => Regex.Replace(path, @"[.\\+*?()|\[\]{}^$]", @"\$0");

    [GeneratedRegex(@"URL:\s*(?<url>http\S+)\s+\[")]
    private static partial Regex Saved();
}
