namespace HebeiCredit.Auditing.Sites.Availability;

/// <summary>A run of consecutive failed probes, like an uptime monitor's outage.</summary>
/// <param name="Start">When the first failed probe ran.</param>
/// <param name="End">When the first successful probe after the run ran; null while the site is still failing.</param>
/// <param name="Causes">The distinct reasons, in the order they first occurred.</param>
public sealed record Incident(DateTimeOffset Start, DateTimeOffset? End, int FailedProbes, IReadOnlyList<FetchErrorKind> Causes)
{
    public bool Ongoing => End is null;

    /// <summary>The causes in Chinese: “超时未打开、连接被拒绝”.</summary>
    public string CauseText => string.Join("、", Causes.Select(c => c.ToChinese()));
}
