using HebeiCredit.Auditing.Publication.Sources;

namespace HebeiCredit.Auditing.Publication.Headers;

/// <summary>
/// The columns a file must have to be audited. *Unconfirmed* (DOMAIN.md: 790号's mandatory set is not confirmed
/// here): these are the least a record needs to be matched (文书号, 机关) and timed (决定日期, and for a platform
/// export its 报送时间); everything else is optional. 公示时间 is optional even for published records.
/// </summary>
internal static class RequiredFields
{
    private static readonly PublicationField[] Common =
    [
        PublicationField.SubjectName,
        PublicationField.DocumentNumber,
        PublicationField.DecisionDate,
        PublicationField.Authority,
    ];

    private static readonly PublicationField[] Platform = [.. Common, PublicationField.ReportedAt];

    public static IReadOnlyList<PublicationField> For(UploadKind kind) => kind == UploadKind.Platform ? Platform : Common;
}
