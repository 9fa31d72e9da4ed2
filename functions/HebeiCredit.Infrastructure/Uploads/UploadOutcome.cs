namespace HebeiCredit.Infrastructure.Uploads;

/// <summary>What an <see cref="IUploadProcessor"/> decided about a file: keep it in archive/, or send it to rejected/.</summary>
public abstract record UploadOutcome
{
    private UploadOutcome()
    {
    }

    /// <param name="Rows">The data rows read (blank rows not counted).</param>
    /// <param name="Findings">The findings the audit recorded for this file.</param>
    /// <param name="Notes">Problems that did not reject the file (a bad row never stops the file), for the log.</param>
    public sealed record Accepted(int Rows, int Findings, IReadOnlyList<UploadError> Notes) : UploadOutcome;

    public sealed record Rejected(IReadOnlyList<UploadError> Errors) : UploadOutcome;
}
