namespace HebeiCredit.Auditing.Publication.Sources;

/// <summary>
/// What an uploaded file holds. The blob path inbox/{kind}/{unit}/{file} names it in lower case
/// (ledgers, platform, published, sources); see <see cref="UploadKindNames"/>.
/// </summary>
public enum UploadKind
{
    /// <summary>报送台账: the unit's own register of the decisions it made.</summary>
    Ledgers,

    /// <summary>省平台报送记录: the provincial platform's export of records received, with the time of receipt.</summary>
    Platform,

    /// <summary>网站公示记录: records shown on the unit's credit website.</summary>
    Published,

    /// <summary>独立来源: decisions known from an independent source (e.g. the national platform's back-push).</summary>
    Sources,
}
