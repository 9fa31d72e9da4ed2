namespace HebeiCredit.Auditing.Sites.Pages;

public enum PageVerdict
{
    /// <summary>The page opened and has content.</summary>
    Ok,

    /// <summary>Dead link, error status, or a soft 404 (a 200 page saying the page does not exist).</summary>
    Broken,

    /// <summary>Opened but empty: no entries and no content, or 暂无信息 / 栏目建设中.</summary>
    Blank,
}
