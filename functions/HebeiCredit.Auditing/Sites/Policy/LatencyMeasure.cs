namespace HebeiCredit.Auditing.Sites.Policy;

/// <summary>Which latency statistic of the probe window decides WEB-SLOW.</summary>
public enum LatencyMeasure
{
    Median,
    P95,
}
