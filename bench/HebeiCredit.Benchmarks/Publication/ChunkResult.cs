using HebeiCredit.Auditing.Publication.Records;

namespace HebeiCredit.Benchmarks.Publication;

/// <summary>
/// The records of one chunk, in file order, and the row findings (PUB-INVALID-*) the reader raised on them; or, for
/// the rest of a file that cannot be cut (<see cref="Rest"/>), nothing yet: it is read in one stream as it is applied.
/// </summary>
internal sealed record ChunkResult(List<PublicationRecord> Records, int RowFindings, CsvChunk? Rest = null);
