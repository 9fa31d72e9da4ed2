using System.Globalization;
using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Time;

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

    public static string Ranking(NoticeModel model)
    {
        static string Named(NoticeUnit u) => $"{u.Name}（{Score(u.Score)}分）";
        var units = model.Units;
        if (units.Count <= 6)
        {
            return $"本期各单位排名依次为：{string.Join("、", units.Select(Named))}。";
        }

        return $"本期得分前三位的是：{string.Join("、", units.Take(3).Select(Named))}；"
            + $"后三位的是：{string.Join("、", units.TakeLast(3).Select(Named))}。";
    }

    public static string Typical(TypicalProblem problem) =>
        $"共{problem.Count}个，涉及{string.Join("、", problem.UnitNames)}。如{problem.Example.TrimEnd('。', '.', '；')}。";

    public static string RectificationIntro(NoticeUnit unit, NoticeModel model) =>
        $"根据{model.Period.Title}督导检查，{unit.Name}共有未整改问题{unit.OpenFindings}个"
        + (unit.ReportedFindings > 0 ? $"（其中已报告整改、待检查确认{unit.ReportedFindings}个）" : string.Empty)
        + $"，请于{Date(model.Deadline)}前逐项整改，并将整改情况报省信用办。";

    /// <summary>The lines under one item of a 整改清单: status, explanation, clause, each piece of evidence, deadline.</summary>
    public static IReadOnlyList<string> ItemLines(RectificationItem item)
    {
        var lines = new List<string>
        {
            $"状态：{Status(item.Status)}；首次发现：{Date(ChinaTime.DateOf(item.FirstSeen))}。",
            $"说明：{item.Explanation}",
            $"依据：{Clause(item.Clause)}",
        };
        for (var i = 0; i < item.Evidence.Count; i++)
        {
            lines.Add($"证据{(item.Evidence.Count > 1 ? (i + 1).ToString(CultureInfo.InvariantCulture) : string.Empty)}：{Evidence(item.Evidence[i])}");
        }

        lines.Add($"整改期限：{Date(item.Deadline)}前。");
        return lines;
    }

    public static string Clause(PolicyClause clause) =>
        clause.Version is { Length: > 0 } version ? $"{clause.Document}（{version}）{clause.Clause}" : $"{clause.Document} {clause.Clause}";

    public static string Evidence(Evidence evidence)
    {
        var parts = new List<string> { evidence.Description };
        if (evidence.Url is { } url)
        {
            parts.Add($"网址：{url.AbsoluteUri}");
        }

        if (evidence.SnapshotBlob is { Length: > 0 } blob)
        {
            parts.Add(evidence.Sha256 is not { Length: > 0 } sha ? $"快照：{blob}"
                : HebeiCredit.Auditing.Findings.Evidence.IsPack(blob) ? $"快照：证据包 {blob} 中的页面（SHA-256：{sha}）"
                : $"快照：{blob}（SHA-256：{sha}）");
        }

        if (evidence.File is { Length: > 0 } file)
        {
            parts.Add($"文件：{file}"
                + (evidence.Row is { } row ? $"，第{row}行" : string.Empty)
                + (evidence.Field is { Length: > 0 } field ? $"，字段“{field}”" : string.Empty));
        }

        if (evidence.ObservedAt is { } at)
        {
            parts.Add($"取证时间：{at.ToOffset(ChinaTime.Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}");
        }

        return string.Join("；", parts.Where(p => p.Length > 0));
    }

    /// <summary>The cells of a unit's row in the notice's table, in its column order.</summary>
    public static IReadOnlyList<string> TableCells(NoticeUnit u) =>
    [
        u.Rank.ToString(CultureInfo.InvariantCulture),
        u.Name,
        Score(u.Score),
        u.Probes > 0 ? Percent(u.AvailabilityRate) : "—",
        Count(u.ColumnsMissing),
        Count(u.ColumnsStale),
        Percent(u.LateRate),
        Percent(u.MissingRate),
        Percent(u.ConcealedRate),
        Count(u.Overdue),
        Count(u.Unsynced),
        Count(u.InvalidCodes),
        Count(u.OpenFindings),
    ];

    public static readonly IReadOnlyList<string> TableHeader =
        ["排名", "单位", "得分", "网站可用率", "栏目缺失或不可用", "栏目不更新", "迟报率", "漏报率", "瞒报率", "超期公示等", "修复未同步", "代码错误", "未整改问题"];

    public static string Score(decimal score) => score.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>一 to 九十九, for the numbered headings (一、 （一）).</summary>
    public static string ChineseNumber(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 99);
        const string digits = "〇一二三四五六七八九";
        var tens = n / 10;
        var ones = n % 10;
        var head = tens switch { 0 => string.Empty, 1 => "十", _ => $"{digits[tens]}十" };
        return head + (ones == 0 ? string.Empty : digits[ones].ToString());
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
