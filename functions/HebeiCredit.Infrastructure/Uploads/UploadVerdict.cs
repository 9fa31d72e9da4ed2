namespace HebeiCredit.Infrastructure.Uploads;

/// <summary>What reading an upload decided, and for an accepted one the report kept beside its archived copy.</summary>
public sealed record UploadVerdict
{
    private UploadVerdict(UploadOutcome outcome, object? report, string? summary)
    {
        Outcome = outcome;
        Report = report;
        Summary = summary;
    }

    public UploadOutcome Outcome { get; }

    /// <summary>Written as {file}.report.json beside an accepted file.</summary>
    public object? Report { get; }

    /// <summary>The short Chinese summary written as {file}.report.txt beside an accepted file.</summary>
    public string? Summary { get; }

    public static UploadVerdict Accept(UploadOutcome.Accepted outcome, object report, string summary) => new(outcome, report, summary);

    public static UploadVerdict Reject(IReadOnlyList<UploadError> errors) => new(new UploadOutcome.Rejected(errors), null, null);
}
