using System.Globalization;
using System.Text;
using HebeiCredit.Auditing.Calendar;
using HebeiCredit.Simulation.Portals;
using HebeiCredit.Simulation.Publication;

namespace HebeiCredit.Simulation.Penalties;

/// <summary>
/// The 行政处罚 lists of the simulated portals, generated from the seed relative to the simulation's today (the China
/// date of its clock), and the national repair results that go with them. Every unit lists ordinary fined decisions of
/// the last 80 days, within every policy's periods; the units of <see cref="Cases"/> also carry the planted records.
/// Revision 0 is what the first crawl sees, revision 1 the list after the planted removals.
/// </summary>
public static class SimulatedPenalties
{
    public const int OrdinaryPerUnit = 12;

    private const string Environment = "生态环境局";
    private const string Construction = "住房和城乡建设局";
    private const string Emergency = "应急管理局";

    private static readonly (string Department, string Abbreviation)[] OrdinaryAuthorities =
        [(Environment, "环"), (Emergency, "应急"), (Construction, "建")];

    /// <summary>The planted records, as samples/province/period-defects.json lists them.</summary>
    public static IReadOnlyList<PlantedPeriodCase> Cases { get; } =
    [
        new("1301", "冀石环罚字第901号", "EXP-OVERDUE", "past-own-publication-end",
            "罚款2万元，处罚决定日期为今天前200天，公示截止期为今天前20天，仍在公示"),
        new("1302", "冀唐环罚字第902号", "EXP-OVERDUE", "general-penalty-under-527",
            "一般失信行为罚款3万元，2023-03-15作出（527号：一般失信最长公示1年），未写公示截止期，仍在公示"),
        new("1304", "冀邯建罚字第903号", "EXP-NOT-PUBLISHABLE", "warning-only-simple-procedure",
            "适用简易程序仅给予警告、无罚款，处罚决定日期为今天前20天（2026-04-01后，36号令：不予公示），仍在公示"),
        new("1306", "冀保环罚字第904号", "EXP-EARLY-REMOVAL", "removed-before-minimum",
            "一般失信行为罚款5万元，处罚决定日期为今天前40天，未满3个月最短公示期即在两次抓取之间撤下，无修复"),
        new("1310", "冀廊建罚字第905号", "EXP-EARLY-REMOVAL", "removed-without-repair",
            "一般失信行为罚款4万元，处罚决定日期为今天前200天，公示截止期未到，在两次抓取之间撤下，无全国修复结果"),
        new("1311", "冀衡环罚字第906号", "REP-NOT-SYNCED", "repaired-not-synced",
            "信用中国在今天前6个工作日作出修复决定，超过3个工作日仍在本地公示"),
        new("1301", "冀石环罚字第907号", null, "repaired-within-window",
            "信用中国在今天前1个工作日作出修复决定，仍在3个工作日同步期内，仍在公示不应标记"),
        new("1304", "冀邯环罚字第908号", null, "repaired-and-removed",
            "信用中国在今天前8个工作日作出修复决定，在两次抓取之间撤下，不应标记"),
        new("1309", "冀沧应急罚字第909号", null, "safety-penalty-within-minimum",
            "安全生产罚款3万元，处罚决定日期为今天前60天，在公示期内，不应标记"),
    ];

    /// <summary>The unit's list at <paramref name="today"/>, both revisions (filter with <see cref="SimulatedPenalty.ShownAt"/>).</summary>
    public static IReadOnlyList<SimulatedPenalty> For(string unit, string unitName, DateOnly today, int seed = SimulationOptions.DefaultSeed)
    {
        var random = new Random(unchecked(seed * 31 + PortalBuilder.StableHash("xzcf:" + unit)));
        var city = unitName[..1];
        var area = unit.Length == 4 ? unit + "00" : unit;
        var penalties = new List<SimulatedPenalty>();
        for (var i = 0; i < OrdinaryPerUnit; i++)
        {
            var (department, abbreviation) = OrdinaryAuthorities[random.Next(OrdinaryAuthorities.Length)];
            var decided = today.AddDays(-random.Next(5, 81));
            var fine = random.Next(2, 21) * 0.5m;
            penalties.Add(new SimulatedPenalty(
                unit, $"冀{city}{abbreviation}罚〔{decided.Year}〕{100 + i}号", Company(city, random), SubjectCodes.CreditCode(random, area),
                $"{unitName}{department}", decided, "罚款", FineText(fine), fine, decided.AddYears(1)));
        }

        foreach (var planted in Cases.Where(c => c.Unit == unit))
        {
            penalties.Add(Planted(planted, unitName, Company(city, random), SubjectCodes.CreditCode(random, area), today));
        }

        return penalties.OrderByDescending(p => p.DecisionDate).ThenBy(p => p.Document, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The national repair results (信用中国) for the planted repaired records, as the CSV (UTF-8 with BOM) a
    /// deployment drops at inbox/repairs/{file}.
    /// </summary>
    public static (string File, byte[] Content) RepairResults(DateOnly today, int seed = SimulationOptions.DefaultSeed)
    {
        var registry = ProvinceData.Registry();
        var csv = new StringBuilder("行政处罚决定书文号,行政相对人名称,统一社会信用代码,处罚机关,修复决定日期,修复方式\r\n");
        foreach (var unit in Cases.Select(c => c.Unit).Distinct())
        {
            foreach (var repaired in For(unit, registry.Find(unit)!.Name, today, seed).Where(p => p.RepairedOn is not null))
            {
                csv.Append(CultureInfo.InvariantCulture,
                    $"{repaired.Document},{repaired.SubjectName},{repaired.CreditCode},{repaired.Authority},{repaired.RepairedOn:yyyy-MM-dd},信用修复\r\n");
            }
        }

        return ($"信用中国修复结果_{today:yyyyMMdd}.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())]);
    }

    private static SimulatedPenalty Planted(PlantedPeriodCase planted, string unitName, string subject, string code, DateOnly today)
    {
        var document = planted.Document;
        SimulatedPenalty Fined(string department, DateOnly decided, decimal fine, DateOnly? end) =>
            new(planted.Unit, document, subject, code, $"{unitName}{department}", decided, "罚款", FineText(fine), fine, end);

        return planted.Case switch
        {
            "past-own-publication-end" => Fined(Environment, today.AddDays(-200), 2m, today.AddDays(-20)),
            "general-penalty-under-527" => Fined(Environment, new DateOnly(2023, 3, 15), 3m, null),
            "warning-only-simple-procedure" => new(planted.Unit, document, subject, code, $"{unitName}{Construction}", today.AddDays(-20),
                "警告", "适用简易程序，当场给予警告", null, null),
            "removed-before-minimum" => Fined(Environment, today.AddDays(-40), 5m, today.AddDays(-40).AddYears(1)) with { ShownAfter = false },
            "removed-without-repair" => Fined(Construction, today.AddDays(-200), 4m, today.AddDays(-200).AddYears(1)) with { ShownAfter = false },
            "repaired-not-synced" => Fined(Environment, today.AddDays(-150), 2m, today.AddDays(-150).AddYears(1)) with { RepairedOn = WorkingDaysBefore(today, 6) },
            "repaired-within-window" => Fined(Environment, today.AddDays(-120), 1.5m, today.AddDays(-120).AddYears(1)) with { RepairedOn = WorkingDaysBefore(today, 1) },
            "repaired-and-removed" => Fined(Environment, today.AddDays(-130), 2.5m, today.AddDays(-130).AddYears(1)) with { RepairedOn = WorkingDaysBefore(today, 8), ShownAfter = false },
            "safety-penalty-within-minimum" => Fined(Emergency, today.AddDays(-60), 3m, today.AddDays(-60).AddYears(1)),
            _ => throw new InvalidOperationException($"Unknown planted case {planted.Case}"),
        };
    }

    /// <summary>
    /// The latest working day with exactly <paramref name="n"/> working days after it up to today: the (n+1)-th working
    /// day on or before today. Outside the calendar's years (a test clock far ahead) only weekends are skipped.
    /// </summary>
    internal static DateOnly WorkingDaysBefore(DateOnly today, int n)
    {
        var date = today;
        for (var counted = IsWorkingDay(date) ? 1 : 0; counted < n + 1; counted += IsWorkingDay(date) ? 1 : 0)
        {
            date = date.AddDays(-1);
        }

        return date;
    }

    private static bool IsWorkingDay(DateOnly date)
    {
        try
        {
            return WorkingCalendar.Default.IsWorkingDay(date);
        }
        catch (CalendarYearNotCoveredException)
        {
            return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
        }
    }

    private static string Company(string city, Random random) =>
        $"{city}{Names[random.Next(Names.Length)]}{Trades[random.Next(Trades.Length)]}有限公司";

    private static string FineText(decimal fine) => $"罚款人民币{fine.ToString("0.##", CultureInfo.InvariantCulture)}万元";

    private static readonly string[] Names = ["华北", "冀中", "恒信", "宏达", "瑞丰", "鑫源", "永安", "泰和", "金桥", "新宇"];

    private static readonly string[] Trades = ["商贸", "建材", "化工", "物流", "建筑工程", "机械制造", "食品", "环保科技"];
}
