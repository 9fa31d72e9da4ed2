using HebeiCredit.Auditing.Time;

namespace HebeiCredit.Infrastructure.Sites;

/// <summary>A run is named by its start in China time, e.g. 20261128T142501, so runs sort and read naturally.</summary>
public static class RunId
{
    public static string New(TimeProvider clock) => ChinaTime.Now(clock).ToString("yyyyMMdd'T'HHmmss", System.Globalization.CultureInfo.InvariantCulture);
}
