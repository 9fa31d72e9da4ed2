using System.Runtime.CompilerServices;
using System.Text.Unicode;
using System.Text;
using HebeiCredit.Auditing.Dates;
using HebeiCredit.Auditing.Publication.Headers;
using HebeiCredit.Auditing.Publication.Records;
using HebeiCredit.Auditing.Publication.Sources;
using HebeiCredit.Auditing.Publication.Streaming;
using HebeiCredit.Auditing.Publication;

namespace HebeiCredit.Infrastructure.Uploads.Streaming;

/// <summary>
/// Reads from a chunk of a UTF-8 ledger or platform export only the cells the timeliness counts depend on (文书号,
/// 机关, 决定日期, 报送时间), straight from the bytes, with the results the production reader would give:
/// <list type="bullet">
/// <item>the 文书号 key is <see cref="DocumentNumber.Normalize(ReadOnlySpan{char}, Span{char})"/> of the cell (the
/// characters the row reader trims are ones the key drops anyway);</item>
/// <item>the authority is the cell without byte order marks, trimmed, as <see cref="RowCheck"/> reads it;</item>
/// <item>a date is kept when <see cref="ChineseDateParser.TryParseIsoShape"/> reads a date not after today, as
/// RowCheck.Date keeps it, and dropped otherwise (impossible, open-ended, empty or in the future).</item>
/// </list>
/// A row it cannot decide exactly so (a date in another shape, an empty 文书号 or authority, too few cells) is read by
/// <see cref="PublicationRowReader"/> from the same cells; a chunk with invalid UTF-8 or a lone carriage return (which
/// CsvHelper reads as a line end) is left to the production reader as a whole. Chunks hold no quote
/// (<see cref="CsvChunker"/>), so a cell is exactly the bytes between two delimiters.
/// </summary>
internal sealed class ProjectedChunkReader
{
    private const int AverageRowBytes = 128;

    private readonly string _file;
    private readonly HeaderMatch _header;
    private readonly UploadKind _kind;
    private readonly string _unit;
    private readonly DateOnly _today;
    private readonly TimelinessTally _tally;
    private readonly byte _delimiter;
    private readonly int _document;
    private readonly int _decided;
    private readonly int _authority;
    private readonly int _received;
    private readonly int _lastColumn;

    public ProjectedChunkReader(string file, CsvFileHead head, HeaderMatch header, UploadKind kind, string unit, DateOnly today, TimelinessTally tally)
    {
        _file = file;
        _header = header;
        _kind = kind;
        _unit = unit;
        _today = today;
        _tally = tally;
        _delimiter = (byte)head.Format.Delimiter;
        _document = header.Columns[PublicationField.DocumentNumber];
        _decided = header.Columns[PublicationField.DecisionDate];
        _authority = header.Columns[PublicationField.Authority];
        _received = kind == UploadKind.Platform ? header.Columns[PublicationField.ReportedAt] : -1;
        _lastColumn = Math.Max(Math.Max(_document, _decided), Math.Max(_authority, _received));
    }

    // Fully optimised from the first call, as are the other per-row methods of the projected path: a million-row file is
    // read in about a second, much of it before tiered compilation would promote the loops (1M benchmark: 2.9 s of CPU
    // with tiering, 2.1 s without).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ProjectedBatch Read(CsvChunk chunk)
    {
        var data = chunk.Lines;
        if (!Utf8.IsValid(data))
        {
            return ProjectedBatch.FullReaderNeeded;
        }

        var batch = new ProjectedBatch(data.Length / AverageRowBytes, data.Length / 4);
        var authorities = new AuthorityCache(chunk.Bytes.AsMemory(0, chunk.Length));
        var row = chunk.RowsBefore + 1;
        Span<char> text = stackalloc char[256];
        Span<Range> cells = stackalloc Range[_lastColumn + 1];
        while (!data.IsEmpty)
        {
            var lineStart = chunk.Length - data.Length;
            var feed = data.IndexOf((byte)'\n');
            var line = feed < 0 ? data : data[..feed];
            data = feed < 0 ? [] : data[(feed + 1)..];
            row++;
            if (feed >= 0 && line.EndsWith((byte)'\r'))
            {
                line = line[..^1];
            }

            if (line.Contains((byte)'\r'))
            {
                batch.Release();
                return ProjectedBatch.FullReaderNeeded;
            }

            if (!TryProject(line, lineStart, cells, text, authorities, batch))
            {
                if (ReadRecord(line, row) is { } record)
                {
                    batch.Add(record);
                }
            }
        }

        return batch;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryProject(ReadOnlySpan<byte> line, int lineStart, Span<Range> cells, Span<char> text, AuthorityCache authorities, ProjectedBatch batch)
    {
        var start = 0;
        for (var column = 0; column <= _lastColumn; column++)
        {
            if (start > line.Length)
            {
                return false;
            }

            var length = line[start..].IndexOf(_delimiter);
            var end = length < 0 ? line.Length : start + length;
            cells[column] = start..end;
            start = end + 1;
        }

        if (!TryDay(line[cells[_decided]], out var decided))
        {
            return false;
        }

        var received = TimelinessRow.NoDate;
        if (_received >= 0 && !TryDay(line[cells[_received]], out received))
        {
            return false;
        }

        var documentBytes = line[cells[_document]];
        var authorityBytes = line[cells[_authority]];
        if (documentBytes.Length > text.Length || authorityBytes.Length > text.Length)
        {
            return false;
        }

        if (!authorities.TryFind(authorityBytes, out var authority))
        {
            // UTF-8 never takes more characters than bytes; the chunk is valid UTF-8, so the decoding cannot fail.
            Utf8.ToUtf16(authorityBytes, text, out _, out var decoded);
            var authorityText = Trimmed(text[..decoded]);
            if (authorityText.IsEmpty)
            {
                return false;
            }

            authority = _tally.AuthorityId(authorityText);
            var authorityStart = lineStart + cells[_authority].Start.Value;
            authorities.Add(authorityStart, authorityBytes.Length, authority);
        }

        Utf8.ToUtf16(documentBytes, text, out _, out var written);
        var key = batch.KeySpace(written + 1);
        var keyLength = DocumentNumber.Normalize(text[..written], key);
        if (keyLength == 0)
        {
            return false;
        }

        var hash = authority < 0 ? 0 : TimelinessTally.Hash(key[..keyLength], authority);
        batch.Add(keyLength, hash, authority, decided, received);
        return true;
    }

    /// <summary>The cell as RowCheck.Text reads it: byte order marks removed, then white space trimmed.</summary>
    private static ReadOnlySpan<char> Trimmed(Span<char> cell)
    {
        if (cell.Contains('\uFEFF'))
        {
            var kept = 0;
            foreach (var c in cell)
            {
                if (c != '\uFEFF')
                {
                    cell[kept++] = c;
                }
            }

            cell = cell[..kept];
        }

        return ((ReadOnlySpan<char>)cell).Trim();
    }

    /// <summary>A date cell in one of the shapes read from bytes: its day number, or none when the row reader drops it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryDay(ReadOnlySpan<byte> cell, out int day)
    {
        day = TimelinessRow.NoDate;
        if (!ChineseDateParser.TryParseIsoShape(cell, out var kind, out var date, out _))
        {
            return false;
        }

        // RowCheck.Date with notAfterToday (both the decision date and 报送时间): only a date on or before today is kept.
        if (kind == DateParseKind.Date && date <= _today)
        {
            day = date.DayNumber;
        }

        return true;
    }

    /// <summary>The row as the production reader reads it (<see cref="QuoteFreeLine"/>).</summary>
    private PublicationRecord? ReadRecord(ReadOnlySpan<byte> line, int row)
    {
        var cells = QuoteFreeLine.Cells(Encoding.UTF8.GetString(line), (char)_delimiter);
        return PublicationRowReader.Read(new SourceRow(row, cells), _header, _file, _kind, _unit, _today).Record;
    }
}
