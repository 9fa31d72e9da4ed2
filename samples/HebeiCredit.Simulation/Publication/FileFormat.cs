namespace HebeiCredit.Simulation.Publication;

/// <summary>How a simulated file is written: the shapes evaluators receive.</summary>
internal enum FileFormat
{
    CsvUtf8Bom,
    CsvUtf8,
    CsvGbk,

    /// <summary>.xlsx with dates and times as Excel serial numbers, amounts as numbers.</summary>
    XlsxSerialDates,

    /// <summary>.xlsx with dates and times typed in as text.</summary>
    XlsxTextDates,
}
