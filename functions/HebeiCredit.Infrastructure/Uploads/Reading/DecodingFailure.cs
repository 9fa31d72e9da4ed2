namespace HebeiCredit.Infrastructure.Uploads.Reading;

/// <summary>Where <see cref="CheckedLineReader"/> stopped: the line it would not decode, and why.</summary>
/// <param name="Line">The physical line (1-based) holding the bad bytes.</param>
/// <param name="InQuotes">The line continues a quoted field begun on an earlier line, so it belongs to the record read last.</param>
internal sealed record DecodingFailure(int Line, bool InQuotes, DecodingProblem Problem);
