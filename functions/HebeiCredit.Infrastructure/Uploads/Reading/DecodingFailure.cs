namespace HebeiCredit.Infrastructure.Uploads.Reading;

/// <summary>
/// Why <see cref="CheckedLineReader"/> stopped. The text ends where the bad line begins, so the bad line is the next
/// record, or the record read last when <paramref name="InQuotes"/>.
/// </summary>
/// <param name="InQuotes">The bad line continues a quoted field begun on an earlier line.</param>
internal sealed record DecodingFailure(bool InQuotes, DecodingProblem Problem);
