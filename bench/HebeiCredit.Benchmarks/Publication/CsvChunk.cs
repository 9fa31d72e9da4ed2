namespace HebeiCredit.Benchmarks.Publication;

/// <summary>
/// A run of whole records of a CSV file with the file's header line in front, so the production reader can read it
/// as a file of its own; <see cref="RowsBefore"/> turns its row numbers back into the file's.
/// </summary>
/// <param name="Bytes">Header and records; pooled, returned once read. Null when <see cref="Rest"/> is set.</param>
/// <param name="Rest">The rest of the file behind the header, read in one piece (after a quote character was seen).</param>
internal sealed record CsvChunk(int Index, byte[]? Bytes, int Length, Stream? Rest, int RowsBefore);
