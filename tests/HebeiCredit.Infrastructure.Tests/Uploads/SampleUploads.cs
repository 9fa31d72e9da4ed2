using System.Globalization;
using System.Text;
using HebeiCredit.Auditing.Codes;
using HebeiCredit.Infrastructure.Tests.Uploads.Reading;

namespace HebeiCredit.Infrastructure.Tests.Uploads;

/// <summary>
/// The deterministic generator of samples/uploads/: a ledger CSV (UTF-8 with BOM), a platform export CSV (GBK, with
/// 报送时间) and a penalty workbook (.xlsx, dates as Excel serials). Ten penalty decisions of 石家庄 in March 2026.
/// Regenerate with HEBEICREDIT_WRITE_SAMPLES=1 and the SampleUploadsTests.
/// </summary>
internal static class SampleUploads
{
    public const string LedgerFile = "ledgers-1301-2026-03.csv";
    public const string PlatformFile = "platform-1301-2026-03-gbk.csv";
    public const string PenaltyFile = "published-1301-2026-03.xlsx";

    public static readonly string[] Headers =
    [
        "行政相对人名称", "行政相对人类别", "行政相对人代码_1(统一社会信用代码)", "行政处罚决定书文号", "处罚类别", "处罚内容",
        "罚款金额（万元）", "处罚决定日期", "处罚机关", "数据来源单位",
    ];

    public static readonly string[] PlatformHeaders = [.. Headers, "报送时间"];

    private static readonly string[] Names = ["华北商贸", "冀中建材", "燕赵物流", "太行食品", "滹沱河餐饮", "正定古城文旅", "藁城宫灯", "赵州梨业", "鹿泉电子", "栾城机械"];

    public static IReadOnlyList<Decision> Decisions { get; } = Enumerable.Range(1, 10).Select(Decision.Make).ToList();

    public static byte[] LedgerCsv() => Csv(Headers, Decisions.Select(d => d.Cells()), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

    /// <summary>The platform received eight of the ten, each some days after the decision.</summary>
    public static byte[] PlatformCsv() => Csv(PlatformHeaders, Decisions.Where(d => d.Number % 5 != 0).Select(d => d.Cells().Append(d.Reported)), Upload.Gbk);

    public static byte[] PenaltyXlsx()
    {
        var builder = new XlsxBuilder().Sheet("行政处罚").Row(1, Headers);
        foreach (var d in Decisions)
        {
            builder.Row((uint)d.Number + 1, d.Name, d.Category, d.Code, d.DocumentNumber, "罚款", d.Content, d.Amount, d.Date.ToDateTime(TimeOnly.MinValue).ToOADate(), d.Authority, d.Authority);
        }

        return builder.Build();
    }

    private static byte[] Csv(IEnumerable<string> headers, IEnumerable<IEnumerable<string>> rows, Encoding encoding)
    {
        var text = new StringBuilder();
        foreach (var row in rows.Prepend(headers))
        {
            text.AppendJoin(',', row.Select(Quote)).Append("\r\n");
        }

        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text.ToString())];
    }

    private static string Quote(string value) => value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;

    internal sealed record Decision(int Number, string Name, string Category, string Code, string DocumentNumber, string Content, double Amount, DateOnly Date, string Authority, string Reported)
    {
        public static Decision Make(int n)
        {
            var date = new DateOnly(2026, 3, 2).AddDays((n - 1) * 2);
            var person = n == 7;
            var amount = n * 0.25;
            return new Decision(
                n,
                person ? "张某某" : $"石家庄市{Names[n - 1]}有限公司",
                person ? "自然人" : "法人及非法人组织",
                person ? "" : CreditCode(n),
                $"石市监罚〔2026〕{100 + n}号",
                $"罚款人民币{amount * 10000:0}元",
                amount,
                date,
                "石家庄市市场监督管理局",
                date.AddDays(n % 4 == 0 ? 15 : 3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 10:30:00");
        }

        public IEnumerable<string> Cells() =>
        [
            Name, Category, Code, DocumentNumber, "罚款", Content, Amount.ToString("0.##", CultureInfo.InvariantCulture),
            Date.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture), Authority, Authority,
        ];

        /// <summary>A valid 统一社会信用代码: 91 (工商, 企业) + 130100 + an organisation code with its check digit + the check character.</summary>
        private static string CreditCode(int n)
        {
            var body = $"MA0C{n:D4}";
            int[] weights = [3, 7, 9, 10, 5, 8, 4, 2];
            var sum = body.Select((c, i) => (char.IsDigit(c) ? c - '0' : c - 'A' + 10) * weights[i]).Sum();
            var check = (11 - sum % 11) switch { 10 => 'X', 11 => '0', var d => (char)('0' + d) };
            var first17 = $"91130100{body}{check}";
            return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
        }
    }
}
