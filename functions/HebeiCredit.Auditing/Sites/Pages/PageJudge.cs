using HebeiCredit.Auditing.Sites.Html;

namespace HebeiCredit.Auditing.Sites.Pages;

/// <summary>Whether a page that opened is really there (not a soft 404) and has anything on it.</summary>
internal static class PageJudge
{
    public static (PageVerdict Verdict, string? Reason) Judge(string title, string content, int itemCount)
    {
        var compactTitle = HtmlText.Compact(title);
        var compactContent = HtmlText.Compact(content);
        var notFound = PageMarkers.FirstIn(compactTitle, [.. PageMarkers.NotFound, "404"])
            ?? (itemCount == 0 ? PageMarkers.FirstIn(compactContent, PageMarkers.NotFound) : null)
            ?? (itemCount == 0 && compactContent.Length < PageMarkers.ShortErrorPageLength && compactContent.Contains("404", StringComparison.Ordinal) ? "404" : null);
        if (notFound is not null)
        {
            return (PageVerdict.Broken, $"返回正常状态但页面显示“{notFound}”（软404）");
        }

        if (itemCount > 0)
        {
            return (PageVerdict.Ok, null);
        }

        if (PageMarkers.FirstIn(compactContent, PageMarkers.Empty) is { } empty)
        {
            return (PageVerdict.Blank, $"没有任何信息条目，显示“{empty}”");
        }

        return compactContent.Length < PageMarkers.MinContentLength
            ? (PageVerdict.Blank, "没有任何信息条目和正文内容")
            : (PageVerdict.Ok, null);
    }
}
