using HebeiCredit.Auditing.Publication;
using HebeiCredit.Auditing.Publication.Sources;

namespace HebeiCredit.Simulation.Publication;

/// <summary>
/// What one simulated unit delivers for a month: its kind of decisions, the format of each file, the header
/// spellings it uses (<see cref="AltHeaders"/>: 处罚决定书文号, 罚款金额(万元), 统一社会信用代码, 入库时间, 发布时间) and the
/// defects planted in it.
/// </summary>
internal sealed record PublicationUnitPlan(
    string Unit,
    string City,
    string Short,
    string AreaCode,
    DecisionKind Kind,
    bool AltHeaders,
    string DateFormat,
    IReadOnlyDictionary<UploadKind, FileFormat> Files,
    IReadOnlyList<PublicationUnitPlan.Planted> Defects)
{
    /// <summary>A defect of <paramref name="Kind"/> (a <see cref="PlantedDefect"/> kind) made in the file of kind <paramref name="In"/>.</summary>
    public sealed record Planted(string Kind, UploadKind In);

    public static IReadOnlyList<PublicationUnitPlan> All { get; } =
    [
        new("1301", "石家庄市", "石", "130102", DecisionKind.Penalty, false, "yyyy-MM-dd",
            Formats(FileFormat.CsvUtf8Bom, FileFormat.CsvGbk, FileFormat.XlsxSerialDates, FileFormat.CsvUtf8),
            [
                new(PlantedDefect.Late, UploadKind.Platform),
                new(PlantedDefect.Missing, UploadKind.Platform),
                new(PlantedDefect.Duplicate, UploadKind.Platform),
                new(PlantedDefect.InvalidCode, UploadKind.Ledgers),
                new(PlantedDefect.Concealed, UploadKind.Sources),
            ]),
        new("1304", "邯郸市", "邯", "130402", DecisionKind.Penalty, true, "yyyy/MM/dd",
            Formats(FileFormat.XlsxTextDates, FileFormat.XlsxSerialDates, FileFormat.CsvGbk, null),
            [
                new(PlantedDefect.Late, UploadKind.Platform),
                new(PlantedDefect.InvalidField, UploadKind.Ledgers),
                new(PlantedDefect.Duplicate, UploadKind.Published),
            ]),
        new("1306", "保定市", "保", "130602", DecisionKind.Licensing, false, "yyyy年M月d日",
            Formats(FileFormat.CsvGbk, FileFormat.CsvUtf8Bom, FileFormat.XlsxTextDates, FileFormat.XlsxSerialDates),
            [
                new(PlantedDefect.Missing, UploadKind.Platform),
                new(PlantedDefect.Concealed, UploadKind.Sources),
                new(PlantedDefect.InvalidCode, UploadKind.Platform),
            ]),
        new("1309", "沧州市", "沧", "130902", DecisionKind.Penalty, true, "yyyy-MM-dd",
            Formats(FileFormat.XlsxSerialDates, FileFormat.CsvGbk, FileFormat.CsvUtf8, null),
            [
                new(PlantedDefect.Late, UploadKind.Platform),
                new(PlantedDefect.Missing, UploadKind.Platform),
            ]),
        new("130682", "定州市", "定", "130682", DecisionKind.Penalty, false, "yyyy/M/d",
            Formats(FileFormat.CsvUtf8, FileFormat.XlsxTextDates, FileFormat.CsvGbk, FileFormat.CsvGbk),
            [
                new(PlantedDefect.Concealed, UploadKind.Sources),
                new(PlantedDefect.InvalidField, UploadKind.Ledgers),
                new(PlantedDefect.Duplicate, UploadKind.Platform),
            ]),
    ];

    private static Dictionary<UploadKind, FileFormat> Formats(FileFormat ledgers, FileFormat platform, FileFormat published, FileFormat? sources)
    {
        var formats = new Dictionary<UploadKind, FileFormat>
        {
            [UploadKind.Ledgers] = ledgers,
            [UploadKind.Platform] = platform,
            [UploadKind.Published] = published,
        };
        if (sources is { } s)
        {
            formats[UploadKind.Sources] = s;
        }

        return formats;
    }
}
