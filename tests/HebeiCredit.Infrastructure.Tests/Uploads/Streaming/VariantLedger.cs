using System.Globalization;
using System.Text;

namespace HebeiCredit.Infrastructure.Tests.Uploads.Streaming;

/// <summary>
/// Writes a penalty ledger and its platform export full of what real files hold and the projected reader must not
/// get wrong: 文书号 spellings (〔〕/[]/（）, 第, leading zeros, spaces, full-width digits, 號), authorities with
/// spaces, NBSP and BOM, one 文书号 under several authorities, dates in other shapes, impossible, empty, open-ended
/// and future dates, missing and blank cells, ragged and blank rows, repeated receipts. Deterministic from a seed.
/// </summary>
internal sealed class VariantLedger(int seed)
{
    public const string Header = "行政相对人名称,行政相对人代码_1(统一社会信用代码),行政处罚决定书文号,处罚类别,处罚决定日期,处罚机关,数据来源单位";

    private static readonly string[] Authorities =
    [
        "石家庄市市场监督管理局", "石家庄市生态环境局", "石家庄市 生态环境局", " 石家庄市应急管理局\u00A0", "\uFEFF石家庄市交通运输局", "石家庄市卫生健康委员会",
    ];

    private readonly Random _random = new(seed);

    public string Delimiter { get; init; } = ",";

    public string NewLine { get; init; } = "\r\n";

    /// <summary>Lines of ledger and platform text (header first), the platform with 报送时间 as its last column.</summary>
    public (List<string> Ledger, List<string> Platform) Write(int decisions)
    {
        var ledger = new List<string> { Header.Replace(",", Delimiter, StringComparison.Ordinal) };
        var platform = new List<string> { (Header + ",报送时间").Replace(",", Delimiter, StringComparison.Ordinal) };
        for (var i = 0; i < decisions; i++)
        {
            var serial = 1 + (i / 3);
            var authority = Authorities[_random.Next(Authorities.Length)];
            var decided = new DateOnly(2025, 1, 2).AddDays(_random.Next(690));
            // A name starting with # (a comment mark in some CSV readers, data here) and a tab in a comma file.
            var name = _random.Next(30) switch { 0 => "#石家庄市华北商贸有限公司", 1 => "石家庄市\t华北商贸有限公司", _ => "石家庄市华北商贸有限公司" };
            var cells = new[] { name, "91130100MA0C4X2Y3K", Document(serial, decided.Year), "罚款", Date(decided), authority, authority };
            var rows = 1 + (_random.Next(10) == 0 ? 1 : 0);
            for (var r = 0; r < rows; r++)
            {
                ledger.Add(Line(Damaged(cells)));
            }

            var receipts = _random.Next(20) switch { 0 => 0, 1 => 2, _ => 1 };
            for (var r = 0; r < receipts; r++)
            {
                var received = decided.AddDays(_random.Next(40));
                var withReceipt = cells.Append(Date(received) + (_random.Next(2) == 0 ? " 09:30:00" : "")).ToArray();
                withReceipt[2] = Document(serial, decided.Year);
                platform.Add(Line(Damaged(withReceipt)));
            }

            if (_random.Next(50) == 0)
            {
                ledger.Add(_random.Next(2) == 0 ? "" : string.Concat(Enumerable.Repeat(Delimiter, 6)));
            }
        }

        return (ledger, platform);
    }

    public static byte[] Bytes(IEnumerable<string> lines, string newLine, Encoding encoding, bool bom) =>
        [.. bom ? encoding.GetPreamble() : [], .. encoding.GetBytes(string.Join(newLine, lines) + newLine)];

    private string Line(string[] cells) => string.Join(Delimiter, cells);

    private string Document(int serial, int year) => _random.Next(12) switch
    {
        0 => $"冀石罚[{year}]{serial}号",
        1 => $"冀石罚（{year}）第{serial}号",
        2 => $"冀石罚〔{year}〕{serial:0000}号",
        3 => $" 冀石罚 〔{year}〕 {serial} 号",
        4 => $"冀石罚〔{ToFullWidth(year)}〕{ToFullWidth(serial)}號",
        5 => $"冀石罚〔{year}〕{serial}",
        6 => $"\uFEFF冀石罚〔{year}〕{serial}号\u00A0",
        _ => $"冀石罚〔{year}〕{serial}号",
    };

    private string Date(DateOnly date) => _random.Next(40) switch
    {
        0 => date.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture),
        1 => date.ToString("yyyy.MM.dd", CultureInfo.InvariantCulture),
        2 => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture),
        3 => date.ToString("yyyy/M/d", CultureInfo.InvariantCulture),
        4 => " " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        5 => $"{date.Year}-02-30",
        6 => "2026-12-25",
        7 => "2099-12-31",
        8 => "1900-01-01",
        9 => "长期",
        10 => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
        11 => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 25:00:00",
        _ => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>Now and then an empty or blank cell, or a row cut short.</summary>
    private string[] Damaged(string[] cells)
    {
        switch (_random.Next(60))
        {
            case 0:
                cells = [.. cells];
                cells[_random.Next(cells.Length)] = "";
                return cells;
            case 1:
                cells = [.. cells];
                cells[_random.Next(cells.Length)] = " \u3000";
                return cells;
            case 2:
                return cells[..(1 + _random.Next(cells.Length - 1))];
            default:
                return cells;
        }
    }

    private static string ToFullWidth(int number) =>
        string.Concat(number.ToString(CultureInfo.InvariantCulture).Select(c => (char)(c - '0' + '０')));
}
