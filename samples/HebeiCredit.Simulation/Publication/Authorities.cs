namespace HebeiCredit.Simulation.Publication;

/// <summary>
/// The deciding departments of a simulated city, with the abbreviation their 文书号 use (冀石环罚〔2025〕12号) and
/// what they decide. 市场监督管理局 penalties have 20 working days (总局令第45号), the others 7.
/// </summary>
internal sealed record Authorities(string Department, string Abbreviation, string[] Violations, string Licence)
{
    public static IReadOnlyList<Authorities> All { get; } =
    [
        new("生态环境局", "环", ["违反大气污染防治管理制度", "未批先建", "超标排放水污染物"], "排污许可证核发"),
        new("应急管理局", "应急", ["未按规定开展安全生产教育培训", "未建立事故隐患排查治理制度"], "危险化学品经营许可证核发"),
        new("市场监督管理局", "市监", ["经营不符合食品安全标准的食品", "销售不合格产品", "虚假宣传"], "食品经营许可证核发"),
        new("住房和城乡建设局", "建", ["未取得施工许可证擅自施工", "违反建筑市场管理规定"], "建筑工程施工许可证核发"),
    ];
}
