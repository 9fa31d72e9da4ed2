namespace HebeiCredit.Auditing.Publication.Headers;

/// <summary>The standard (790号) Chinese name of each field; the kind decides the names of the shared fields.</summary>
public static class FieldNames
{
    public static string Of(PublicationField field, DecisionKind kind) => field switch
    {
        PublicationField.SubjectName => "行政相对人名称",
        PublicationField.SubjectCategory => "行政相对人类别",
        PublicationField.SubjectCreditCode => "行政相对人代码_1(统一社会信用代码)",
        PublicationField.IdType => "证件类型",
        PublicationField.IdNumber => "证件号码",
        PublicationField.DocumentNumber => kind == DecisionKind.Penalty ? "行政处罚决定书文号" : "行政许可决定文书号",
        PublicationField.DecisionDate => kind == DecisionKind.Penalty ? "处罚决定日期" : "许可决定日期",
        PublicationField.Authority => kind == DecisionKind.Penalty ? "处罚机关" : "许可机关",
        PublicationField.AuthorityCreditCode => kind == DecisionKind.Penalty ? "处罚机关统一社会信用代码" : "许可机关统一社会信用代码",
        PublicationField.DataSource => "数据来源单位",
        PublicationField.DataSourceCreditCode => "数据来源单位统一社会信用代码",
        PublicationField.ViolationType => "违法行为类型",
        PublicationField.ViolationFacts => "违法事实",
        PublicationField.PenaltyBasis => "处罚依据",
        PublicationField.PenaltyCategory => "处罚类别",
        PublicationField.PenaltyContent => "处罚内容",
        PublicationField.FineAmount => "罚款金额（万元）",
        PublicationField.PenaltyValidUntil => "处罚有效期",
        PublicationField.PublicationEnd => "公示截止期",
        PublicationField.LicenceDocumentName => "行政许可决定文书名称",
        PublicationField.LicenceCategory => "许可类别",
        PublicationField.LicenceContent => "许可内容",
        PublicationField.ValidFrom => "有效期自",
        PublicationField.ValidTo => "有效期至",
        PublicationField.ReportedAt => "报送时间",
        PublicationField.PublishedAt => "公示时间",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}
