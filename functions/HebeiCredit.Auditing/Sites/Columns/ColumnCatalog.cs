namespace HebeiCredit.Auditing.Sites.Columns;

/// <summary>
/// The key columns to look for, and how a given site names and lays them out. <see cref="Default"/> is DOMAIN.md's
/// list; <see cref="ForSite"/> merges a site's settings into it.
/// </summary>
public sealed class ColumnCatalog
{
    private ColumnCatalog(IReadOnlyList<KeyColumn> columns, string? navigationXPath, string? listItemXPath)
    {
        Columns = columns;
        NavigationXPath = navigationXPath;
        ListItemXPath = listItemXPath;
    }

    /// <summary>The 信用修复 column, whose pages WEB-REPAIR-GUIDE-MISSING reads.</summary>
    public const string RepairId = "repair";

    public static ColumnCatalog Default { get; } = new(
    [
        new("credit-news", "信用动态", ["信用动态", "信用要闻", "信用新闻", "工作动态", "新闻动态", "动态信息"], ColumnKind.Dynamic, true),
        new("policy", "政策法规", ["政策法规", "政策解读", "政策文件", "法规政策", "法律法规", "政策法规与解读"], ColumnKind.Notice, true),
        new("double-publicity", "双公示", ["双公示", "信用公示", "行政许可和行政处罚", "行政许可", "行政处罚"], ColumnKind.Notice, true),
        new("commitment", "信用承诺", ["信用承诺", "承诺公示", "信用承诺公示"], ColumnKind.Notice, true),
        new(RepairId, "信用修复", ["信用修复", "修复指南", "信用修复指南"], ColumnKind.Notice, true),
        new("objection", "异议申诉", ["异议申诉", "异议处理", "异议投诉", "信用异议"], ColumnKind.Service, true),
        new("integrity-promotion", "诚信宣传", ["诚信宣传", "诚信文化", "诚信教育"], ColumnKind.Dynamic, true),
        new("red-black-list", "红黑名单", ["红黑名单", "失信惩戒", "守信激励", "失信联合惩戒", "联合奖惩", "黑名单", "红名单"], ColumnKind.Notice, true),
        new("credit-loans", "信易贷", ["信易贷", "信易+"], ColumnKind.Service, true),
        new("credit-query", "信用查询", ["信用查询", "信用报告", "信用服务", "信用信息查询"], ColumnKind.Service, true),
    ], null, null);

    public IReadOnlyList<KeyColumn> Columns { get; }

    public string? NavigationXPath { get; }

    public string? ListItemXPath { get; }

    public KeyColumn? Find(string id) => Columns.FirstOrDefault(c => c.Id == id);

    /// <summary>
    /// This catalog with a site's settings merged in: extra synonyms appended, the required set replaced when
    /// given, XPath overrides taken. An id the catalog does not know is a bad site entry, reported in Chinese.
    /// </summary>
    public ColumnCatalog ForSite(SiteColumnSettings? settings)
    {
        if (settings is null)
        {
            return this;
        }

        var unknown = (settings.ExtraSynonyms?.Keys ?? []).Concat(settings.Required ?? [])
            .Where(id => Find(id) is null).Distinct().ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException(
                $"站点栏目配置引用了未知的栏目标识：{string.Join("、", unknown)}；可用的标识为：{string.Join("、", Columns.Select(c => c.Id))}",
                nameof(settings));
        }

        foreach (var (field, xpath) in new[] { ("NavigationXPath", settings.NavigationXPath), ("ListItemXPath", settings.ListItemXPath) })
        {
            if (xpath is not null && !IsXPath(xpath))
            {
                throw new ArgumentException($"站点栏目配置的“{field}”不是有效的XPath表达式：{xpath}", nameof(settings));
            }
        }

        var columns = Columns.Select(c => c with
        {
            Synonyms = settings.ExtraSynonyms?.TryGetValue(c.Id, out var extra) == true
                ? [.. c.Synonyms, .. extra.Where(s => !c.Synonyms.Contains(s))]
                : c.Synonyms,
            Required = settings.Required is { } required ? required.Contains(c.Id) : c.Required,
        }).ToList();
        return new ColumnCatalog(columns, settings.NavigationXPath ?? NavigationXPath, settings.ListItemXPath ?? ListItemXPath);
    }

    private static bool IsXPath(string xpath)
    {
        try
        {
            System.Xml.XPath.XPathExpression.Compile(xpath);
            return true;
        }
        catch (System.Xml.XPath.XPathException)
        {
            return false;
        }
    }
}
