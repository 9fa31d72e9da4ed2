namespace HebeiCredit.Auditing.Publication.Headers;

/// <summary>
/// The fields of a 双公示 record in the 790号 data standard (发改办财金〔2018〕790号) that this system reads or uses
/// to recognise a file's kind. <see cref="FieldNames"/> gives each its standard Chinese name per kind.
/// </summary>
public enum PublicationField
{
    SubjectName,
    SubjectCategory,
    SubjectCreditCode,
    IdType,
    IdNumber,
    DocumentNumber,
    DecisionDate,
    Authority,
    AuthorityCreditCode,
    DataSource,
    DataSourceCreditCode,

    ViolationType,
    ViolationFacts,
    PenaltyBasis,
    PenaltyCategory,
    PenaltyContent,
    FineAmount,
    PenaltyValidUntil,
    PublicationEnd,

    LicenceDocumentName,
    LicenceCategory,
    LicenceContent,
    ValidFrom,
    ValidTo,

    /// <summary>报送时间 / 入库时间: when the provincial platform received the record (platform exports).</summary>
    ReportedAt,

    /// <summary>公示时间 / 发布时间: when the website showed the record (published exports).</summary>
    PublishedAt,
}
