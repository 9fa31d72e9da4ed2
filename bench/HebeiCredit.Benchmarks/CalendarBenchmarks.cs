using BenchmarkDotNet.Attributes;
using HebeiCredit.Auditing.Calendar;

namespace HebeiCredit.Benchmarks;

/// <summary>The deadline arithmetic an audit run does once per record; it must not allocate.</summary>
[MemoryDiagnoser]
public class CalendarBenchmarks
{
    private const int Count = 1024;
    private readonly DateOnly[] _decisions = new DateOnly[Count];
    private WorkingCalendar _calendar = null!;

    [GlobalSetup]
    public void Setup()
    {
        _calendar = WorkingCalendar.Default;
        var random = new Random(20260101);
        var first = new DateOnly(2019, 1, 1).DayNumber;
        var last = new DateOnly(2026, 11, 30).DayNumber;
        for (var i = 0; i < Count; i++)
        {
            _decisions[i] = DateOnly.FromDayNumber(random.Next(first, last));
        }
    }

    [Benchmark(Baseline = true)]
    public DateOnly AddWorkingDays_SevenAcrossSpringFestival() => _calendar.AddWorkingDays(new DateOnly(2026, 2, 12), 7);

    [Benchmark(OperationsPerInvoke = Count)]
    public int AddWorkingDays_SevenFromRandomDecisionDates()
    {
        var sum = 0;
        foreach (var decision in _decisions)
        {
            sum += _calendar.AddWorkingDays(decision, 7).DayNumber;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int IsWorkingDay_RandomDates()
    {
        var count = 0;
        foreach (var date in _decisions)
        {
            count += _calendar.IsWorkingDay(date) ? 1 : 0;
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int WorkingDaysBetween_DecisionToThirtyDaysLater()
    {
        var sum = 0;
        foreach (var decision in _decisions)
        {
            sum += _calendar.WorkingDaysBetween(decision, decision.AddDays(30));
        }

        return sum;
    }
}
