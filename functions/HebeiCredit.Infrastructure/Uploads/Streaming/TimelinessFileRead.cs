namespace HebeiCredit.Infrastructure.Uploads.Streaming;

/// <summary>What <see cref="TimelinessFileReader"/> read of one file.</summary>
/// <param name="Rows">Data rows read (blank rows are not rows).</param>
/// <param name="RecordRows">Of those, rows read by the production row reader rather than projected.</param>
public sealed record TimelinessFileRead(long Rows, long RecordRows);
