namespace HebeiCredit.Auditing.Sites.Audit;

/// <summary>The site-level column verdict of 19号: 5 or more stale columns, or 5 or more blank ones, fail the site.</summary>
/// <param name="Summary">In Chinese, for the notice: “不更新栏目5个、空白栏目0个，达到单项否决标准”.</param>
public sealed record SiteColumnTally(int StaleColumns, int BlankColumns, bool FailsSite, string Summary);
