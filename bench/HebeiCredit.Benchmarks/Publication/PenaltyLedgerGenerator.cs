using System.Globalization;
using System.Text;
using HebeiCredit.Auditing.Calendar;
using HebeiCredit.Auditing.Codes;
using HebeiCredit.Auditing.Policies;
using HebeiCredit.Auditing.Publication;

namespace HebeiCredit.Benchmarks.Publication;

/// <summary>
/// Writes one unit's 790号 penalty ledger (报送台账) and the platform's export of what it received (报送时间), UTF-8
/// with BOM, deterministic from a seed: about 94% reported on time, 5% late (1 to 15 working days past the
/// deadline) and 1% never reported. Decisions span 2025-01-02 to the day before the audit date, so the last days'
/// unreported decisions are pending rather than missing, and a receipt that would lie after the audit date is left
/// out of the platform export (unreported so far). Also writes the calendar's working days (calendar.csv) for the
/// DuckDB peer. Every 文书号 is written already normalised (its matching key), so the SQL peer can join on the text.
/// </summary>
internal static class PenaltyLedgerGenerator
{
    public const string LedgerFile = "ledger.csv";
    public const string PlatformFile = "platform.csv";
    public const string CalendarFile = "calendar.csv";
    public const string Unit = "1301";

    private const string Header = "行政相对人名称,行政相对人类别,行政相对人代码_1(统一社会信用代码),行政处罚决定书文号,处罚类别,处罚内容,罚款金额（万元）,处罚决定日期,处罚机关,数据来源单位";

    // 市场监督管理局 has 20 working days (总局令第45号) and the others 7, so both deadline rules are exercised.
    private static readonly (string Authority, string Prefix, int Weight)[] Authorities =
    [
        ("石家庄市市场监督管理局", "石市监罚", 30),
        ("石家庄市生态环境局", "石环罚", 20),
        ("石家庄市应急管理局", "石应急罚", 15),
        ("石家庄市交通运输局", "石交罚", 15),
        ("石家庄市城市管理综合行政执法局", "石城管罚", 10),
        ("石家庄市卫生健康委员会", "石卫健罚", 10),
    ];

    private static readonly string[] NameParts = ["华北", "冀中", "燕赵", "太行", "正定", "滹沱", "恒山", "赵州", "中山", "井陉", "栾城", "藁城", "鹿泉", "新华", "长安", "裕华"];
    private static readonly string[] Trades = ["商贸", "建材", "食品", "物流", "化工", "餐饮", "医药", "机械"];
    private static readonly string CodeCharacters = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>What was planted, counted as the generator decided it (the audits must find these).</summary>
    public sealed record Planted(long Rows, long OnTime, long Late, long Unreported, long PlatformRows, long Bytes);

    public static Planted Write(string folder, long rows, int seed, DateOnly today)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        var calendar = WorkingCalendar.Default;
        var policy = DeadlinePolicy.Default;
        var codes = Enumerable.Range(0, 4096).Select(_ => CreditCode(random)).ToArray();
        var names = Enumerable.Range(0, 4096)
            .Select(_ => $"石家庄市{NameParts[random.Next(NameParts.Length)]}{NameParts[random.Next(NameParts.Length)]}{Trades[random.Next(Trades.Length)]}有限公司")
            .ToArray();
        var first = new DateOnly(2025, 1, 2).DayNumber;
        var span = today.DayNumber - first;
        var weights = Authorities.Sum(a => a.Weight);

        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        using var ledger = new StreamWriter(Path.Combine(folder, LedgerFile), false, utf8, 1 << 20);
        using var platform = new StreamWriter(Path.Combine(folder, PlatformFile), false, utf8, 1 << 20);
        ledger.Write(Header + "\r\n");
        platform.Write(Header + ",报送时间\r\n");
        long onTime = 0, late = 0, unreported = 0, platformRows = 0;
        var line = new StringBuilder(256);
        for (long i = 0; i < rows; i++)
        {
            var pick = random.Next(weights);
            var a = 0;
            while (pick >= Authorities[a].Weight)
            {
                pick -= Authorities[a].Weight;
                a++;
            }

            var (authority, prefix, _) = Authorities[a];
            var decided = DateOnly.FromDayNumber(first + random.Next(span));
            var fine = random.Next(1, 2000) * 100;
            line.Clear()
                .Append(names[random.Next(names.Length)]).Append(",法人及非法人组织,")
                .Append(codes[random.Next(codes.Length)]).Append(',')
                .Append(prefix).Append('〔').Append(decided.Year).Append('〕').Append(i + 1).Append("号,罚款,罚款人民币")
                .Append(fine).Append("元,")
                .Append((fine / 10000m).ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(decided.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture)).Append(',')
                .Append(authority).Append(',').Append(authority);
            ledger.Write(line);
            ledger.Write("\r\n");

            var roll = random.Next(100);
            var deadline = calendar.AddWorkingDays(decided, policy.For(DecisionKind.Penalty, authority, decided).WorkingDays);
            var received = roll switch
            {
                0 => null,
                <= 5 => LaterBy(calendar, deadline, random.Next(1, 16)),
                _ => calendar.AddWorkingDays(decided, random.Next(0, calendar.WorkingDaysBetween(decided, deadline) + 1)),
            };
            if (received is not { } on || on > today)
            {
                unreported++;
                continue;
            }

            if (on > deadline)
            {
                late++;
            }
            else
            {
                onTime++;
            }

            platformRows++;
            platform.Write(line);
            platform.Write(',');
            platform.Write(on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            platform.Write(random.Next(2) == 0 ? " 09:30:00\r\n" : " 16:05:00\r\n");
        }

        ledger.Flush();
        platform.Flush();
        WriteCalendar(Path.Combine(folder, CalendarFile), calendar);
        return new Planted(rows, onTime, late, unreported, platformRows, ledger.BaseStream.Length + platform.BaseStream.Length);
    }

    // A receipt in a year the calendar does not cover yet lies after the audit date anyway: not received so far.
    private static DateOnly? LaterBy(WorkingCalendar calendar, DateOnly deadline, int workingDays)
    {
        try
        {
            return calendar.AddWorkingDays(deadline, workingDays);
        }
        catch (CalendarYearNotCoveredException)
        {
            return null;
        }
    }

    /// <summary>Every covered day with 1 for a working day, 0 otherwise: the peer's calendar table.</summary>
    private static void WriteCalendar(string path, WorkingCalendar calendar)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write("day,working\n");
        foreach (var year in calendar.CoveredYears)
        {
            for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
            {
                writer.Write(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                writer.Write(calendar.IsWorkingDay(day) ? ",1\n" : ",0\n");
            }
        }
    }

    // 91 (enterprise) + 130100 (石家庄) + "MA" + six characters + both check characters: valid, so no row is flagged.
    private static string CreditCode(Random random)
    {
        var body = "MA" + new string(Enumerable.Range(0, 6).Select(_ => CodeCharacters[random.Next(CodeCharacters.Length)]).ToArray());
        var first17 = $"91130100{body}{OrganizationCode.ComputeCheckDigit(body)}";
        return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }
}
