using HebeiCredit.Auditing.Publication;
using HebeiCredit.Auditing.Publication.Sources;

namespace HebeiCredit.Simulation.Publication;

/// <summary>
/// The 790号 columns of each kind of file, spelled as a unit spells them. Ledgers and platform exports carry ID
/// numbers; websites show them masked; a source lists the bare decision.
/// </summary>
internal static class PublicationColumns
{
    // 长期: a licence's publication has no end.
    private const string PublicationEndOpen = "长期";

    public static IReadOnlyList<Column> For(PublicationUnitPlan plan, UploadKind kind)
    {
        var alt = plan.AltHeaders;
        var penalty = plan.Kind == DecisionKind.Penalty;
        var columns = new List<Column>
        {
            new("行政相对人名称", d => d.Name),
            new("行政相对人类别", d => d.Person ? "自然人" : "法人及非法人组织"),
            new(alt ? "统一社会信用代码" : "行政相对人代码_1(统一社会信用代码)", d => d.CreditCode),
        };
        if (kind is UploadKind.Ledgers or UploadKind.Platform)
        {
            columns.Add(new("证件类型", d => d.Person ? "身份证" : null));
            columns.Add(new("证件号码", d => d.IdNumber));
        }
        else if (kind == UploadKind.Published)
        {
            columns.Add(new("证件号码", d => d.MaskedIdNumber));
        }

        columns.Add(penalty
            ? new(alt ? "处罚决定书文号" : "行政处罚决定书文号", d => d.Document)
            : new(alt ? "许可决定书文号" : "行政许可决定文书号", d => d.Document));
        if (kind != UploadKind.Sources)
        {
            columns.AddRange(penalty
                ? [
                    new("违法行为类型", d => d.Matter),
                    new("处罚类别", d => d.Fine is null ? "警告" : "罚款"),
                    new("处罚内容", d => d.Content),
                    new(alt ? "罚款金额(万元)" : "罚款金额（万元）", d => d.Fine),
                ]
                : [
                    new("行政许可决定文书名称", _ => "准予行政许可决定书"),
                    new("许可类别", d => d.Matter),
                    new("许可内容", d => d.Content),
                    new("有效期自", d => d.Decided),
                    new("有效期至", d => d.Decided.AddYears(5).AddDays(-1)),
                ]);
        }

        columns.Add(new(penalty ? "处罚决定日期" : "许可决定日期", d => d.Decided));
        columns.Add(new(penalty ? "处罚机关" : "许可机关", d => d.Authority));
        if (kind != UploadKind.Sources)
        {
            columns.Add(new("数据来源单位", d => d.Authority));
        }

        if (kind == UploadKind.Platform)
        {
            columns.Add(new(alt ? "入库时间" : "报送时间", d => d.Reported));
        }
        else if (kind == UploadKind.Published)
        {
            columns.Add(new(alt ? "发布时间" : "公示时间", d => d.Published));
            columns.Add(new("公示截止期", d => penalty ? DateOnly.FromDateTime(d.Published).AddYears(3) : PublicationEndOpen));
        }

        return columns;
    }
}
