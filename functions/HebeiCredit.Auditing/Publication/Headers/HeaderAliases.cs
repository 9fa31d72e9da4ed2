namespace HebeiCredit.Auditing.Publication.Headers;

/// <summary>
/// The header texts real files use, matched after <see cref="HeaderText.Normalize"/> (so brackets' width, spaces,
/// a BOM and a template's "*" required-marker do not matter). Add a spelling here when a file shows a new one.
/// </summary>
internal static class HeaderAliases
{
    private const DecisionKind P = DecisionKind.Penalty;
    private const DecisionKind L = DecisionKind.Licensing;

    public static IReadOnlyList<HeaderAlias> All { get; } =
    [
        new("行政相对人名称", PublicationField.SubjectName),
        new("相对人名称", PublicationField.SubjectName),
        new("企业名称", PublicationField.SubjectName),
        new("当事人名称", PublicationField.SubjectName),

        new("行政相对人类别", PublicationField.SubjectCategory),
        new("相对人类别", PublicationField.SubjectCategory),

        new("行政相对人代码_1(统一社会信用代码)", PublicationField.SubjectCreditCode),
        new("行政相对人代码_1", PublicationField.SubjectCreditCode),
        new("统一社会信用代码", PublicationField.SubjectCreditCode),
        new("相对人统一社会信用代码", PublicationField.SubjectCreditCode),

        new("证件类型", PublicationField.IdType),
        new("证件号码", PublicationField.IdNumber),

        new("行政处罚决定书文号", PublicationField.DocumentNumber, P),
        new("处罚决定书文号", PublicationField.DocumentNumber, P),
        new("处罚文号", PublicationField.DocumentNumber, P),
        new("处罚决定文书号", PublicationField.DocumentNumber, P),
        new("行政许可决定文书号", PublicationField.DocumentNumber, L),
        new("许可决定文书号", PublicationField.DocumentNumber, L),
        new("行政许可决定书文号", PublicationField.DocumentNumber, L),
        new("许可决定书文号", PublicationField.DocumentNumber, L),
        new("许可文书号", PublicationField.DocumentNumber, L),
        new("决定书文号", PublicationField.DocumentNumber),
        new("决定文书号", PublicationField.DocumentNumber),
        new("文书号", PublicationField.DocumentNumber),

        new("处罚决定日期", PublicationField.DecisionDate, P),
        new("作出处罚决定日期", PublicationField.DecisionDate, P),
        new("处罚日期", PublicationField.DecisionDate, P),
        new("许可决定日期", PublicationField.DecisionDate, L),
        new("许可日期", PublicationField.DecisionDate, L),
        new("决定日期", PublicationField.DecisionDate),
        new("作出决定日期", PublicationField.DecisionDate),

        new("处罚机关", PublicationField.Authority, P),
        new("许可机关", PublicationField.Authority, L),
        new("实施机关", PublicationField.Authority),
        new("决定机关", PublicationField.Authority),

        new("处罚机关统一社会信用代码", PublicationField.AuthorityCreditCode, P),
        new("许可机关统一社会信用代码", PublicationField.AuthorityCreditCode, L),
        new("实施机关统一社会信用代码", PublicationField.AuthorityCreditCode),
        new("决定机关统一社会信用代码", PublicationField.AuthorityCreditCode),

        new("数据来源单位", PublicationField.DataSource),
        new("数据来源单位统一社会信用代码", PublicationField.DataSourceCreditCode),

        new("违法行为类型", PublicationField.ViolationType, P),
        new("违法事实", PublicationField.ViolationFacts, P),
        new("处罚依据", PublicationField.PenaltyBasis, P),
        new("处罚类别", PublicationField.PenaltyCategory, P),
        new("处罚种类", PublicationField.PenaltyCategory, P),
        new("处罚内容", PublicationField.PenaltyContent, P),
        new("处罚结果", PublicationField.PenaltyContent, P),
        new("罚款金额(万元)", PublicationField.FineAmount, P),
        new("罚款金额", PublicationField.FineAmount, P),
        new("处罚有效期", PublicationField.PenaltyValidUntil, P),
        new("公示截止期", PublicationField.PublicationEnd),
        new("公示截止日期", PublicationField.PublicationEnd),

        new("行政许可决定文书名称", PublicationField.LicenceDocumentName, L),
        new("许可类别", PublicationField.LicenceCategory, L),
        new("许可内容", PublicationField.LicenceContent, L),
        new("有效期自", PublicationField.ValidFrom, L),
        new("有效期至", PublicationField.ValidTo, L),

        new("报送时间", PublicationField.ReportedAt),
        new("入库时间", PublicationField.ReportedAt),
        new("上报时间", PublicationField.ReportedAt),
        new("报送日期", PublicationField.ReportedAt),

        new("公示时间", PublicationField.PublishedAt),
        new("发布时间", PublicationField.PublishedAt),
        new("公示日期", PublicationField.PublishedAt),
        new("发布日期", PublicationField.PublishedAt),
    ];

    private static readonly Dictionary<string, HeaderAlias> ByText =
        All.ToDictionary(a => HeaderText.Normalize(a.Text), StringComparer.Ordinal);

    public static HeaderAlias? Find(string? header) =>
        ByText.TryGetValue(HeaderText.Normalize(header), out var alias) ? alias : null;
}
