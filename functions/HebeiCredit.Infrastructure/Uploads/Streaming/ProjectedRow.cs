namespace HebeiCredit.Infrastructure.Uploads.Streaming;

/// <summary>
/// One row of a <see cref="ProjectedBatch"/>: a <see cref="Auditing.Publication.Streaming.TimelinessRow"/> whose key
/// lies in the batch's characters, or (<see cref="Record"/> not negative) a row read by the production row reader.
/// </summary>
internal readonly record struct ProjectedRow(int KeyStart, int KeyLength, int KeyHash, int Authority, int DecidedOn, int ReceivedOn, int Record);
