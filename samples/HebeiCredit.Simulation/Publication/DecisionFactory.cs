using System.Globalization;
using HebeiCredit.Auditing.Calendar;
using HebeiCredit.Auditing.Publication;

namespace HebeiCredit.Simulation.Publication;

/// <summary>Makes a unit's decisions for a month: realistic subjects and 文书号, decided on working days, reported on time and then published.</summary>
internal sealed class DecisionFactory(PublicationUnitPlan plan, Random random)
{
    private static readonly string[] Brands = ["华北", "冀中", "燕赵", "太行", "恒信", "宏达", "瑞丰", "金石", "长城", "新元", "博远", "润泽"];
    private static readonly string[] Trades = ["商贸", "建材", "物流", "食品", "餐饮", "化工", "机械制造", "建筑工程", "房地产开发", "电子科技", "纺织", "医药"];
    private static readonly string[] Forms = ["有限公司", "有限责任公司", "股份有限公司"];
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"];
    private static readonly string[] Given = ["建国", "秀英", "志强", "丽娟", "海涛", "桂兰", "立新", "春梅"];

    private readonly Dictionary<Authorities, int> _serials = [];

    public SimulatedDecision Make(DateOnly decided)
    {
        var authority = Authorities.All[random.Next(Authorities.All.Count)];
        var serial = _serials[authority] = _serials.TryGetValue(authority, out var last) ? last + 1 : random.Next(20, 200);
        var penalty = plan.Kind == DecisionKind.Penalty;
        var person = random.Next(8) == 0;
        var name = person
            ? Surnames[random.Next(Surnames.Length)] + Given[random.Next(Given.Length)]
            : $"{plan.City}{Brands[random.Next(Brands.Length)]}{Trades[random.Next(Trades.Length)]}{Forms[random.Next(Forms.Length)]}";
        decimal? fine = penalty && random.Next(6) > 0 ? random.Next(1, 40) * 0.25m : null;
        // 市场监管 penalties have 20 working days (总局令第45号): some take longer than 7, and are on time all the same.
        var days = penalty && authority.Department == "市场监督管理局" ? random.Next(1, 16) : random.Next(1, 6);
        var reported = WorkingCalendar.Default.AddWorkingDays(decided, days).ToDateTime(new TimeOnly(random.Next(8, 18), random.Next(60), random.Next(60)));
        return new SimulatedDecision(
            plan.Kind,
            name,
            person ? null : SubjectCodes.CreditCode(random, plan.AreaCode),
            person ? SubjectCodes.IdNumber(random, plan.AreaCode) : null,
            $"冀{plan.Short}{authority.Abbreviation}{(penalty ? "罚" : "许")}〔{decided.Year}〕{serial}号",
            decided,
            plan.City + authority.Department,
            penalty ? authority.Violations[random.Next(authority.Violations.Length)] : "普通",
            penalty ? Content(fine) : authority.Licence,
            fine,
            reported,
            reported.AddDays(random.Next(0, 3)).AddHours(1));
    }

    private static string Content(decimal? fine) =>
        fine is { } f ? string.Create(CultureInfo.InvariantCulture, $"罚款人民币{f * 10000:0}元") : "警告";
}
