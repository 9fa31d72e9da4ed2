namespace HebeiCredit.Auditing.Sites.Pages;

/// <summary>The words portals put on error and empty pages, compared after folding and removing spaces.</summary>
internal static class PageMarkers
{
    /// <summary>A 200 page saying one of these is a soft 404. Bare "404" counts only in the title or on a near-empty page.</summary>
    public static readonly string[] NotFound =
    [
        "您访问的页面不存在", "页面不存在", "页面未找到", "找不到页面", "找不到该页面", "无法找到该页", "页面已删除", "页面已被删除",
        "信息已删除", "页面已失效", "404 Not Found", "Not Found",
    ];

    /// <summary>A page without entries saying one of these is a blank column.</summary>
    public static readonly string[] Empty =
    [
        "暂无信息", "暂无数据", "暂无内容", "暂无记录", "暂无相关信息", "正在建设中", "栏目建设中", "建设中", "敬请期待", "没有信息",
    ];

    /// <summary>Below this many characters of content (outside navigation and footer) a page says nothing.</summary>
    public const int MinContentLength = 20;

    /// <summary>A page this short that says "404" is an error page whatever else it says.</summary>
    public const int ShortErrorPageLength = 200;

    /// <summary>The first marker found, as written in the list (“404 Not Found”), for the finding to quote.</summary>
    public static string? FirstIn(string compactText, IEnumerable<string> markers) =>
        markers.FirstOrDefault(m => compactText.Contains(Html.HtmlText.Compact(m), StringComparison.OrdinalIgnoreCase));
}
