using System.Text;
using HebeiCredit.Auditing.Calendar;
using HebeiCredit.Auditing.Policies;
using HebeiCredit.Auditing.Publication.Headers;
using HebeiCredit.Auditing.Publication.Records;
using HebeiCredit.Auditing.Publication.Sources;
using HebeiCredit.Auditing.Publication.Streaming;
using HebeiCredit.Infrastructure.Tests.Uploads.Reading;
using HebeiCredit.Infrastructure.Uploads.Reading;
using HebeiCredit.Infrastructure.Uploads.Streaming;

namespace HebeiCredit.Infrastructure.Tests.Uploads.Streaming;

/// <summary>
/// The projected reader against the production reader: for every file, the counts (or the error) of
/// <see cref="TimelinessFileReader"/> on both paths must be those of reading the whole file with
/// <see cref="UploadReader"/> and <see cref="PublicationRowReader"/>, record by record, into the tally.
/// </summary>
public sealed class TimelinessFileReaderTests : IDisposable
{
    private const string Unit = "1301";
    private static readonly DateOnly Today = new(2026, 11, 28);
    private static readonly UTF8Encoding Utf8 = new(false);

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("timeliness-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Theory]
    [InlineData(",", "\r\n", true, 1)]
    [InlineData(",", "\n", false, 2)]
    [InlineData("\t", "\r\n", false, 3)]
    [InlineData("\t", "\n", true, 4)]
    public async Task ReadAsync_Utf8WithVariants_CountsAsTheProductionReader(string delimiter, string newLine, bool bom, int seed)
    {
        var (ledger, platform) = new VariantLedger(seed) { Delimiter = delimiter, NewLine = newLine }.Write(1500);

        var (expected, fast, full, fastRead) = await CompareAsync(
            VariantLedger.Bytes(platform, newLine, Utf8, bom), VariantLedger.Bytes(ledger, newLine, Utf8, bom));

        Assert.Equal(expected, fast);
        Assert.Equal(expected, full);
        // Not vacuous: most rows were projected, and the planted oddities went to the row reader.
        Assert.InRange(fastRead!.RecordRows, 1, fastRead.Rows / 4);
    }

    [Fact]
    public async Task ReadAsync_Gbk_CountsAsTheProductionReader()
    {
        var (ledger, platform) = new VariantLedger(5).Write(800);

        var (expected, fast, full, _) = await CompareAsync(
            VariantLedger.Bytes(platform, "\r\n", Upload.Gbk, false), VariantLedger.Bytes(ledger, "\r\n", Upload.Gbk, false));

        Assert.Equal(expected, fast);
        Assert.Equal(expected, full);
    }

    [Fact]
    public async Task ReadAsync_QuotedCellsWithDelimitersAndNewLinesHalfWay_CountsAsTheProductionReader()
    {
        var (ledger, platform) = new VariantLedger(6).Write(1500);
        ledger[900] = "\"石家庄市华北商贸,\r\n有限公司\"" + ledger[900][ledger[900].IndexOf(',', StringComparison.Ordinal)..];
        platform[1200] = "\"" + platform[1200].Replace(",", "\",\"", StringComparison.Ordinal) + "\"";

        var (expected, fast, full, _) = await CompareAsync(VariantLedger.Bytes(platform, "\r\n", Utf8, true), VariantLedger.Bytes(ledger, "\r\n", Utf8, true));

        Assert.Equal(expected, fast);
        Assert.Equal(expected, full);
    }

    [Fact]
    public async Task ReadAsync_LoneCarriageReturnInALine_CountsAsTheProductionReader()
    {
        var (ledger, platform) = new VariantLedger(7).Write(1500);
        ledger[700] = ledger[700].Replace("罚款,", "罚款\r,", StringComparison.Ordinal);
        ledger[701] = ledger[701] + "\r";

        var (expected, fast, full, _) = await CompareAsync(VariantLedger.Bytes(platform, "\n", Utf8, false), VariantLedger.Bytes(ledger, "\n", Utf8, false));

        Assert.Equal(expected, fast);
        Assert.Equal(expected, full);
    }

    [Fact]
    public async Task ReadAsync_BlankLinesBeforeTheHeader_CountsAsTheProductionReader()
    {
        var (ledger, platform) = new VariantLedger(8).Write(600);
        ledger.Insert(0, ",,");
        platform.Insert(0, "");

        var (expected, fast, full, _) = await CompareAsync(VariantLedger.Bytes(platform, "\r\n", Utf8, true), VariantLedger.Bytes(ledger, "\r\n", Utf8, true));

        Assert.Equal(expected, fast);
        Assert.Equal(expected, full);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ReadAsync_InvalidUtf8AfterTheSniffedPart_FailsAsTheProductionReader(bool bom)
    {
        var (ledger, platform) = new VariantLedger(9).Write(1500);
        var bytes = VariantLedger.Bytes(ledger, "\r\n", Utf8, bom);
        var line = Array.IndexOf(bytes, (byte)'\n', 100_000) + 1;
        byte[] broken = [.. bytes[..line], 0xC3, 0x28, .. bytes[line..]];

        var (expected, fast, full, _) = await CompareAsync(VariantLedger.Bytes(platform, "\r\n", Utf8, bom), broken);

        Assert.StartsWith("UploadFormatException", expected, StringComparison.Ordinal);
        Assert.Equal(expected, fast);
        Assert.Equal(expected, full);
    }

    [Fact]
    public async Task ReadAsync_MissingRequiredColumn_IsRejectedAsTheProductionReaderRejectsIt()
    {
        var (ledger, platform) = new VariantLedger(10).Write(100);
        platform[0] = platform[0].Replace(",报送时间", ",备注", StringComparison.Ordinal);

        var (expected, fast, full, _) = await CompareAsync(VariantLedger.Bytes(platform, "\r\n", Utf8, true), VariantLedger.Bytes(ledger, "\r\n", Utf8, true));

        Assert.Contains("报送时间", expected, StringComparison.Ordinal);
        Assert.Equal(expected, fast);
        Assert.Equal(expected, full);
    }

    [Fact]
    public async Task ReadAsync_OneDocumentNumberUnderTwoAuthorities_CountsTwoDecisions()
    {
        string[] platform = [VariantLedger.Header + ",报送时间", "甲,,冀石罚〔2026〕1号,罚款,2026-03-02,石家庄市生态环境局,,2026-03-04"];
        string[] ledger = [VariantLedger.Header, "甲,,冀石罚〔2026〕1号,罚款,2026-03-02,石家庄市生态环境局,", "甲,,冀石罚[2026]第001号,罚款,2026-03-02,石家庄市应急管理局,"];

        var (expected, fast, _, _) = await CompareAsync(VariantLedger.Bytes(platform, "\n", Utf8, false), VariantLedger.Bytes(ledger, "\n", Utf8, false));

        Assert.Equal(expected, fast);
        Assert.Contains("Decisions = 2, OnTime = 1, Late = 0, LateWorkingDays = 0, Missing = 1", fast, StringComparison.Ordinal);
    }

    private async Task<(string Expected, string Fast, string Full, TimelinessFileRead? FastRead)> CompareAsync(byte[] platform, byte[] ledger)
    {
        var platformPath = Path.Combine(_folder.FullName, "platform.csv");
        var ledgerPath = Path.Combine(_folder.FullName, "ledger.csv");
        await File.WriteAllBytesAsync(platformPath, platform);
        await File.WriteAllBytesAsync(ledgerPath, ledger);

        var expected = await OutcomeAsync(async tally =>
        {
            await ReadWholeAsync(platformPath, UploadKind.Platform, tally.AddPlatform);
            await ReadWholeAsync(ledgerPath, UploadKind.Ledgers, tally.AddLedger);
        });
        TimelinessFileRead? fastRead = null;
        var fast = await OutcomeAsync(async tally =>
        {
            await TimelinessFileReader.ReadAsync(platformPath, UploadKind.Platform, tally, Options(TimelinessReadPath.Fast));
            fastRead = await TimelinessFileReader.ReadAsync(ledgerPath, UploadKind.Ledgers, tally, Options(TimelinessReadPath.Fast));
        });
        var full = await OutcomeAsync(async tally =>
        {
            await TimelinessFileReader.ReadAsync(platformPath, UploadKind.Platform, tally, Options(TimelinessReadPath.Full));
            await TimelinessFileReader.ReadAsync(ledgerPath, UploadKind.Ledgers, tally, Options(TimelinessReadPath.Full));
        });
        return (expected, fast, full, fastRead);
    }

    // Small chunks, so that even a test file is cut into dozens of them.
    private static TimelinessReadOptions Options(TimelinessReadPath path) =>
        new() { Unit = Unit, Today = Today, Workers = 2, ChunkBytes = 4096, Path = path };

    private static async Task<string> OutcomeAsync(Func<TimelinessTally, Task> read)
    {
        var tally = new TimelinessTally(Unit, DeadlinePolicy.Default, WorkingCalendar.Default, Today);
        try
        {
            await read(tally);
            return tally.Finish().ToString();
        }
        catch (UploadFormatException e)
        {
            return $"{nameof(UploadFormatException)}: {e.Message} (row {e.Row})";
        }
    }

    /// <summary>The production reader over the whole file, one stream, one record at a time.</summary>
    private static async Task ReadWholeAsync(string path, UploadKind kind, Action<PublicationRecord> add)
    {
        await using var content = File.OpenRead(path);
        await using var table = await UploadReader.OpenAsync(Path.GetFileName(path), content, null, CancellationToken.None);
        var header = HeaderMatcher.Match(table.Headers, kind);
        if (header.Rejection is { } rejection)
        {
            throw new UploadFormatException(table.File, rejection);
        }

        await foreach (var row in table.Rows)
        {
            if (PublicationRowReader.Read(row, header, table.File, kind, Unit, Today).Record is { } record)
            {
                add(record);
            }
        }
    }
}
