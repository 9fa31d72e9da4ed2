using HebeiCredit.Auditing.Publication.Sources;

namespace HebeiCredit.Auditing.Publication.Records;

/// <summary>
/// One 双公示 record read from one row of an upload. Fields the row lacks or that could not be read are null, and
/// <see cref="InvalidFields"/> names those the reader flagged; a record with a wrong code is still audited.
/// </summary>
/// <param name="Source">Which kind of upload the row came from.</param>
/// <param name="Document">The 文书号 and its matching key; null when the cell is empty.</param>
/// <param name="Authority">处罚机关 / 许可机关 as written (trimmed).</param>
/// <param name="FineAmount">罚款金额 in 万元.</param>
/// <param name="PenaltyValidUntil">处罚有效期; <see cref="OpenEnded"/> for 长期 / 2099-12-31.</param>
/// <param name="PublicationEnd">公示截止期; <see cref="OpenEnded"/> for 长期 / 2099-12-31.</param>
/// <param name="ReportedOn">报送时间 / 入库时间 (platform exports): the date the platform received the record.</param>
/// <param name="PublishedOn">公示时间 / 发布时间 (published exports).</param>
/// <param name="DataSource">数据来源单位 as written.</param>
/// <param name="InvalidFields">The standard names of the fields this row was flagged for (PUB-INVALID-*).</param>
public sealed record PublicationRecord(
    UploadKind Source,
    string Unit,
    string File,
    int Row,
    DecisionKind Kind,
    string? SubjectName,
    SubjectCategory Category,
    string? SubjectCreditCode,
    string? IdType,
    string? IdNumber,
    DocumentNumber? Document,
    DateOnly? DecisionDate,
    string? Authority,
    string? AuthorityCreditCode,
    string? ViolationType,
    string? PenaltyCategory,
    string? PenaltyContent,
    decimal? FineAmount,
    DateOnly? PenaltyValidUntil,
    DateOnly? PublicationEnd,
    DateOnly? ReportedOn,
    DateOnly? PublishedOn,
    string? DataSource,
    IReadOnlyList<string> InvalidFields)
{
    /// <summary>The date standing for "no end" (长期), as the 790号 templates write it.</summary>
    public static readonly DateOnly OpenEnded = new(2099, 12, 31);

    public bool IsValid => InvalidFields.Count == 0;

    /// <summary>The department the rates group by: 数据来源单位, else the deciding authority, normalised.</summary>
    public string Department => AuthorityNames.Normalize(DataSource) ?? AuthorityNames.Normalize(Authority) ?? AuthorityNames.Unstated;
}
