namespace HebeiCredit.Auditing.Sites;

/// <summary>How a portal publishes its 行政处罚 list: HTML table pages, or a JSON endpoint behind its list page.</summary>
public enum PenaltyListFormat
{
    Html,
    Json,
}
