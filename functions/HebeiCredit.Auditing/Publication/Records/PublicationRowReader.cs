using HebeiCredit.Auditing.Publication.Headers;
using HebeiCredit.Auditing.Publication.Sources;

namespace HebeiCredit.Auditing.Publication.Records;

/// <summary>
/// Turns one row of an accepted upload into a <see cref="PublicationRecord"/> and the PUB-INVALID-FIELD /
/// PUB-INVALID-CODE findings about it. A bad row never throws and never stops the file: its record is kept with the
/// unusable fields null, and a wrong code keeps the record in the audit.
/// </summary>
public static class PublicationRowReader
{
    /// <param name="row">The row, numbered as the user sees it in the file.</param>
    /// <param name="header">The file's accepted <see cref="HeaderMatcher.Match"/>.</param>
    /// <param name="file">The file's name as findings cite it.</param>
    /// <param name="today">The audit's date (China time): decisions and reports dated after it are flagged.</param>
    /// <exception cref="ArgumentException">The header match was rejected: no row of that file can be read.</exception>
    public static RowReadResult Read(SourceRow row, HeaderMatch header, string file, UploadKind kind, string unit, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(header);
        if (!header.Accepted || header.Kind is not { } decisionKind)
        {
            throw new ArgumentException("The header row was rejected; its rows cannot be read.", nameof(header));
        }

        var check = new RowCheck(row, header, file, kind, unit, today);
        if (check.IsBlank)
        {
            return new RowReadResult(null, []);
        }

        var name = check.Required(PublicationField.SubjectName);
        var documentText = check.Required(PublicationField.DocumentNumber);
        var decisionDate = check.Date(PublicationField.DecisionDate, required: true, notAfterToday: true, openEndedAllowed: false);
        var authority = check.Required(PublicationField.Authority);
        var identity = SubjectCheck.Read(check);

        var record = new PublicationRecord(
            kind,
            unit,
            file,
            row.Row,
            decisionKind,
            name,
            identity.Category,
            identity.CreditCode,
            identity.IdType,
            identity.IdNumber,
            documentText is null ? null : DocumentNumber.From(documentText),
            decisionDate,
            authority,
            check.Text(PublicationField.AuthorityCreditCode),
            check.Text(PublicationField.ViolationType),
            check.Text(PublicationField.PenaltyCategory),
            check.Text(PublicationField.PenaltyContent),
            check.Amount(PublicationField.FineAmount),
            check.Date(PublicationField.PenaltyValidUntil, required: false, notAfterToday: false, openEndedAllowed: true),
            check.Date(PublicationField.PublicationEnd, required: false, notAfterToday: false, openEndedAllowed: true),
            check.Date(PublicationField.ReportedAt, required: kind == UploadKind.Platform, notAfterToday: true, openEndedAllowed: false),
            check.Date(PublicationField.PublishedAt, required: false, notAfterToday: true, openEndedAllowed: false),
            check.Text(PublicationField.DataSource),
            check.InvalidFields);
        return new RowReadResult(record, check.Findings);
    }
}
