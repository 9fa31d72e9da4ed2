namespace HebeiCredit.Auditing.Sites.Columns;

/// <summary>What freshness a column owes (19号): news-like columns 2 weeks, notice/policy 6 months, services none.</summary>
public enum ColumnKind
{
    /// <summary>动态、要闻类: stale after 2 weeks by default.</summary>
    Dynamic,

    /// <summary>通知公告、政策文件类: stale after 6 months by default.</summary>
    Notice,

    /// <summary>A service (信用查询, 异议申诉, 信易贷): must exist and open, has no freshness requirement.</summary>
    Service,
}
