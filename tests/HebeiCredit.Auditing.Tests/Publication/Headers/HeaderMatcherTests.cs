using HebeiCredit.Auditing.Publication;
using HebeiCredit.Auditing.Publication.Headers;
using HebeiCredit.Auditing.Publication.Sources;

namespace HebeiCredit.Auditing.Tests.Publication.Headers;

public sealed class HeaderMatcherTests
{
    internal static readonly string[] PenaltyHeaders =
    [
        "行政相对人名称", "行政相对人类别", "行政相对人代码_1(统一社会信用代码)", "证件类型", "证件号码",
        "行政处罚决定书文号", "违法行为类型", "处罚类别", "处罚内容", "罚款金额（万元）", "处罚决定日期",
        "处罚有效期", "公示截止期", "处罚机关", "处罚机关统一社会信用代码", "数据来源单位",
    ];

    [Fact]
    public void Match_StandardPenaltyHeaders_AcceptsAsPenaltyWithEveryColumn()
    {
        var match = HeaderMatcher.Match(PenaltyHeaders, UploadKind.Ledgers);

        Assert.True(match.Accepted);
        Assert.Null(match.Rejection);
        Assert.Equal(DecisionKind.Penalty, match.Kind);
        Assert.Equal(5, match.Columns[PublicationField.DocumentNumber]);
        Assert.Equal(9, match.Columns[PublicationField.FineAmount]);
        Assert.Equal(10, match.Columns[PublicationField.DecisionDate]);
        Assert.Equal(PenaltyHeaders.Length, match.Columns.Count);
        Assert.Empty(match.Ignored);
    }

    [Theory]
    [InlineData("处罚决定书文号", PublicationField.DocumentNumber)]
    [InlineData("\uFEFF行政处罚决定书文号", PublicationField.DocumentNumber)]
    [InlineData("处罚文号", PublicationField.DocumentNumber)]
    [InlineData("决定书文号", PublicationField.DocumentNumber)]
    [InlineData("相对人名称", PublicationField.SubjectName)]
    [InlineData("企业名称", PublicationField.SubjectName)]
    [InlineData(" 行政相对人名称 *", PublicationField.SubjectName)]
    [InlineData("统一社会信用代码", PublicationField.SubjectCreditCode)]
    [InlineData("行政相对人代码_1", PublicationField.SubjectCreditCode)]
    [InlineData("行政相对人代码_1（统一社会信用代码）", PublicationField.SubjectCreditCode)]
    [InlineData("行政相对人代码＿１（统一社会信用代码）", PublicationField.SubjectCreditCode)]
    [InlineData("决定日期", PublicationField.DecisionDate)]
    [InlineData("作出处罚决定日期", PublicationField.DecisionDate)]
    [InlineData("处 罚 决 定 日 期", PublicationField.DecisionDate)]
    [InlineData("罚款金额（万元）", PublicationField.FineAmount)]
    [InlineData("罚款金额(万元)", PublicationField.FineAmount)]
    [InlineData("罚款金额 （ 万元 ）", PublicationField.FineAmount)]
    [InlineData("罚款金额【万元】", PublicationField.FineAmount)]
    [InlineData("罚款金额", PublicationField.FineAmount)]
    [InlineData("实施机关", PublicationField.Authority)]
    [InlineData("决定机关", PublicationField.Authority)]
    [InlineData("入库时间", PublicationField.ReportedAt)]
    [InlineData("上报时间", PublicationField.ReportedAt)]
    [InlineData("发布时间", PublicationField.PublishedAt)]
    public void Match_AliasThatRealFilesUse_MapsToTheField(string alias, PublicationField field)
    {
        var headers = PenaltyHeaders.Select(h => HeaderText.Normalize(h) == HeaderText.Normalize(FieldNames.Of(field, DecisionKind.Penalty)) ? alias : h).ToList();
        if (!headers.Contains(alias))
        {
            headers.Add(alias);
        }

        var match = HeaderMatcher.Match(headers, UploadKind.Ledgers);

        Assert.True(match.Accepted, match.Rejection);
        Assert.Equal(headers.IndexOf(alias), match.Columns[field]);
    }

    [Fact]
    public void Match_LicensingHeaders_RecognisedAsLicensing()
    {
        var match = HeaderMatcher.Match(["相对人名称", "统一社会信用代码", "行政许可决定文书号", "许可类别", "许可决定日期", "有效期自", "有效期至", "许可机关"], UploadKind.Sources);

        Assert.True(match.Accepted);
        Assert.Equal(DecisionKind.Licensing, match.Kind);
        Assert.Equal("行政许可决定文书号", match.NameOf(PublicationField.DocumentNumber));
        Assert.Equal("许可决定日期", match.NameOf(PublicationField.DecisionDate));
    }

    [Fact]
    public void Match_SharedDateAndAuthorityHeaders_TakeTheKindFromTheOtherColumns()
    {
        var match = HeaderMatcher.Match(["企业名称", "许可决定书文号", "决定日期", "实施机关"], UploadKind.Ledgers);

        Assert.Equal(DecisionKind.Licensing, match.Kind);
        Assert.Equal(2, match.Columns[PublicationField.DecisionDate]);
    }

    [Fact]
    public void Match_UnknownAndRepeatedColumns_AreListedAndIgnored()
    {
        var match = HeaderMatcher.Match(["序号", "行政相对人名称", "处罚文号", "处罚决定日期", "处罚机关", "统一社会信用代码", "行政相对人代码_1", "", "经办人"], UploadKind.Ledgers);

        Assert.True(match.Accepted);
        Assert.Equal(["序号", "行政相对人代码_1", "经办人"], match.Ignored);
        Assert.Equal(5, match.Columns[PublicationField.SubjectCreditCode]);
    }

    [Fact]
    public void Match_MissingRequiredColumns_RejectsNamingFoundAndExpectedWordForWord()
    {
        var match = HeaderMatcher.Match(["\uFEFF行政相对人名称", "统一社会信用代码", "处罚类别", "处罚机关", "备注"], UploadKind.Ledgers);

        Assert.False(match.Accepted);
        Assert.Equal(DecisionKind.Penalty, match.Kind);
        Assert.Equal(
            "文件缺少必需的列：行政处罚决定书文号、处罚决定日期；文件中的列为：行政相对人名称、统一社会信用代码、处罚类别、处罚机关、备注；"
            + "应包含：行政相对人名称、行政处罚决定书文号、处罚决定日期、处罚机关。",
            match.Rejection);
    }

    [Fact]
    public void Match_PlatformExportWithoutReportTime_Rejects()
    {
        var match = HeaderMatcher.Match(PenaltyHeaders, UploadKind.Platform);

        Assert.Equal(
            "文件缺少必需的列：报送时间；文件中的列为：" + string.Join("、", PenaltyHeaders) + "；"
            + "应包含：行政相对人名称、行政处罚决定书文号、处罚决定日期、处罚机关、报送时间。",
            match.Rejection);
    }

    [Fact]
    public void Match_PlatformExportWithEntryTime_Accepts()
    {
        var match = HeaderMatcher.Match([.. PenaltyHeaders, "入库时间"], UploadKind.Platform);

        Assert.True(match.Accepted);
        Assert.Equal(PenaltyHeaders.Length, match.Columns[PublicationField.ReportedAt]);
    }

    [Fact]
    public void Match_NoColumnOfEitherKind_RejectsWithMessageWordForWord()
    {
        var match = HeaderMatcher.Match(["名称", "文书号", "日期"], UploadKind.Ledgers);

        Assert.Null(match.Kind);
        Assert.Equal(
            "无法从列名识别记录类型（行政处罚或行政许可）；文件中的列为：名称、文书号、日期；"
            + "应包含：行政相对人名称、行政处罚决定书文号、处罚决定日期、处罚机关（行政处罚）"
            + "或行政相对人名称、行政许可决定文书号、许可决定日期、许可机关（行政许可）。",
            match.Rejection);
    }

    [Fact]
    public void Match_EqualPenaltyAndLicensingColumns_RejectsAsMixed()
    {
        var match = HeaderMatcher.Match(["行政相对人名称", "处罚文号", "许可决定日期", "决定机关"], UploadKind.Ledgers);

        Assert.StartsWith("文件的列同时含有行政处罚和行政许可的专用列，无法确定记录类型；文件中的列为：行政相对人名称、处罚文号、许可决定日期、决定机关；", match.Rejection);
    }

    [Fact]
    public void Match_EmptyHeaderRow_RejectsSayingNoColumns()
    {
        var match = HeaderMatcher.Match(["", " "], UploadKind.Ledgers);

        Assert.StartsWith("无法从列名识别记录类型（行政处罚或行政许可）；文件中的列为：（无）；", match.Rejection);
    }

    [Theory]
    [InlineData(UploadKind.Ledgers, "ledgers", "报送台账")]
    [InlineData(UploadKind.Platform, "platform", "省平台报送记录")]
    [InlineData(UploadKind.Published, "published", "网站公示记录")]
    [InlineData(UploadKind.Sources, "sources", "独立来源")]
    public void UploadKindNames_EveryKind_HasPathSegmentAndChineseName(UploadKind kind, string segment, string chinese)
    {
        Assert.Equal(segment, UploadKindNames.PathSegment(kind));
        Assert.Equal(chinese, UploadKindNames.Chinese(kind));
        Assert.True(UploadKindNames.TryParsePathSegment(segment, out var parsed));
        Assert.Equal(kind, parsed);
    }

    [Theory]
    [InlineData("Ledgers")]
    [InlineData("ledger")]
    [InlineData("")]
    [InlineData(null)]
    public void UploadKindNames_UnknownSegment_IsNotParsed(string? segment) =>
        Assert.False(UploadKindNames.TryParsePathSegment(segment, out _));
}
