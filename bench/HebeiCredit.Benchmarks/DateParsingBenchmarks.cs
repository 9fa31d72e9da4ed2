using BenchmarkDotNet.Attributes;
using HebeiCredit.Auditing.Dates;

namespace HebeiCredit.Benchmarks;

/// <summary>Parse throughput over the forms ledgers and list pages mix, the way an import meets them.</summary>
[MemoryDiagnoser]
public class DateParsingBenchmarks
{
    private static readonly string[] Mix =
    [
        "2021-06-15", "2021/6/15", "2021.06.15", "2021年6月15日", "2021年06月15日", "20210615",
        "2021-06-15 10:23:00", "2021/6/15 10:23", "44362", "2099/12/31", "1900-01-01", "",
        "2021-13-45", "[2021-06-15]", "2024-02-29", "2023/12/31 23:59:59",
    ];

    private static readonly DateOnly Reference = new(2026, 1, 3);

    [Benchmark(Baseline = true)]
    public DateParseResult Parse_IsoDate() => ChineseDateParser.Parse("2021-06-15");

    [Benchmark]
    public DateParseResult Parse_ChineseDate() => ChineseDateParser.Parse("2021年6月15日");

    [Benchmark]
    public DateParseResult Parse_ExcelSerial() => ChineseDateParser.Parse("44362");

    [Benchmark]
    public DateParseResult Parse_MonthDayWithReference() => ChineseDateParser.Parse("[12-30]", Reference);

    [Benchmark(OperationsPerInvoke = 16)]
    public int Parse_MixOfForms()
    {
        var dates = 0;
        foreach (var text in Mix)
        {
            dates += ChineseDateParser.Parse(text).IsDate ? 1 : 0;
        }

        return dates;
    }

    [Benchmark]
    public DateParseResult FindIn_ArticlePageLine() =>
        ChineseDateParser.FindIn("来源：石家庄市市场监督管理局　发布时间：2021-06-15 10:23　浏览次数：128", Reference);
}
