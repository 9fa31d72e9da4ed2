using System.Globalization;

namespace HebeiCredit.Benchmarks.Crawl;

/// <summary>The CPU time (user + system) another process has used, from /proc/{pid}/stat; zero when not readable.</summary>
internal static class ProcessCpu
{
    public static TimeSpan Of(int? processId)
    {
        if (processId is not { } pid || !File.Exists($"/proc/{pid}/stat"))
        {
            return TimeSpan.Zero;
        }

        // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are 14 and 15.
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / (double)ClockTicksPerSecond);
    }

    // USER_HZ: 100 on every Linux the benchmark runs on (getconf CLK_TCK).
    private const int ClockTicksPerSecond = 100;
}
