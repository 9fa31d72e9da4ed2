using System.Globalization;

namespace HebeiCredit.Auditing.Notices;

/// <summary>The notice's fixed Chinese sentences, in one place, so tests assert them word for word.</summary>
public static class NoticeText
{
    public const string Issuer = "河北省社会信用体系建设领导小组办公室";

    public const string Addressees = "各设区市、定州市、辛集市、雄安新区信用办，各县级市信用办：";

    public const string NoPrevious = "本期为首次通报，无上期问题可供复核。";

    public static string Title(NoticePeriod period) => $"关于{period.Title}全省信用网站和“双公示”工作督导情况的通报";

    public static string Opening(NoticePeriod period) =>
        $"按照《关于进一步提升全省信用状况的行动方案》要求，省信用办委托第三方机构对各地信用网站建设和“双公示”工作开展了督导检查，"
        + $"数据截至{Date(period.CutOff)}。现将有关情况通报如下。";

    public static IReadOnlyList<string> Situation(NoticeTotals t) =>
    [
        $"本期共检查{t.Units}个单位，发现未整改问题{t.OpenFindings}个，涉及{t.UnitsWithProblems}个单位；其中各单位报告已整改、待复核确认的{t.ReportedFindings}个。",
        $"信用网站方面，平均可用率{Percent(t.AverageAvailability)}，{t.UnreachableUnits}个单位网站无法正常访问，重点栏目缺失或不可用{t.ColumnsMissing}个，栏目或首页不更新{t.ColumnsStale}个。",
        $"“双公示”方面，平均迟报率{Percent(t.AverageLateRate)}，迟报{t.Late}件，漏报{t.Missing}件，瞒报{t.Concealed}件；"
            + $"超期公示、违规撤下、不应公示{t.Overdue}个，信用修复结果未同步{t.Unsynced}个，统一社会信用代码错误{t.InvalidCodes}条。",
    ];

    public static string Demand(DateOnly deadline, int workingDays) =>
        $"请各单位对照所附整改清单逐项整改，于{Date(deadline)}前（{workingDays}个工作日内）将整改情况报省信用办。"
        + "省信用办将在下期检查中逐项复核，整改不到位的将再次通报。";

    public static string ReInspection(string previousPeriod, ReInspectionCounts c) =>
        $"对照{previousPeriod}通报复核：已整改{c.Fixed}个，仍未整改{c.StillOpen}个，新发现{c.New}个，整改后再次出现{c.Reopened}个，"
        + $"报告已整改但尚待检查确认{c.ReportedUnconfirmed}个。";

    public static string Example(string unitName, string summary) => $"{unitName}：{summary}";

    public static string Date(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    /// <summary>A rate as a percentage with two decimals; no rate (no denominator) shows as “—”.</summary>
    public static string Percent(decimal? rate) =>
        rate is { } r ? (r * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%" : "—";

    public static string Status(NoticeFindingStatus status) => status switch
    {
        NoticeFindingStatus.Open => "未整改",
        NoticeFindingStatus.Reported => "已报告整改，待确认",
        NoticeFindingStatus.Reopened => "再次出现",
        _ => "已整改",
    };
}
